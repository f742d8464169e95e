package com.focusflow.embedded;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;

import com.focusflow.launcher.LauncherLog;
import com.focusflow.launcher.Lifecycle;

/**
 * Runs inside the launcher's framework class loader (this jar is on {@code -runpath}; bnd's launcher starts
 * it through the {@code Embedded-Activator} header) right after the framework is initialised, before bnd
 * installs the shipped bundles. It reconciles the framework cache with the shipped bundle set, opens the
 * hand-over socket, and gives bnd's launcher its main thread: one that waits until a stop is requested and
 * then returns 0, so bnd stops the framework in order and the process exits 0.
 */
public final class FrameworkLifecycle implements BundleActivator {

    /** Read by bnd's launcher: start this activator before the shipped bundles are installed. */
    public static final String IMMEDIATE = "AFTER_FRAMEWORK_INIT";

    /** Long enough for every bundle to stop cleanly, short enough not to hang a logout. */
    static final long STOP_TIMEOUT_MILLIS = 20_000;

    private Thread hook;
    private HandOverServer handOver;

    @Override
    public void start(BundleContext context) throws Exception {
        Lifecycle.restoreTerminalErr();
        new ShippedBundles(context, getClass().getClassLoader()).reconcile();
        Path home = Path.of(context.getProperty("focusflow.home"));
        handOver = HandOverServer.open(context, home.resolve("focusflow.sock"));
        StopOrder order = new StopOrder();
        context.addBundleListener((SynchronousBundleListener) event -> {
            if (event.getBundle().getBundleId() == 0 && event.getType() == BundleEvent.STOPPING) {
                // felix:stop 0, the console's Stop, the end of the shell: a requested stop like the others
                Lifecycle.requestStop("framework stop");
                handOver.close();
            } else if (event.getType() == BundleEvent.STOPPED && Lifecycle.stopRequested()) {
                order.stopped(event.getBundle());
            }
        });
        Dictionary<String, Object> main = new Hashtable<>();
        main.put("main.thread", "true");
        context.registerService(Callable.class, new MainThread(handOver, order), main);
        Bundle framework = context.getBundle(0);
        hook = new Thread(() -> stopOnExit(framework), "FocusFlow shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * bnd's launcher calls this once every bundle has started, and stops the framework when it returns. (A
     * named class: bnd checks that {@code call} returns Integer, which a lambda's erased method does not.)
     */
    private record MainThread(HandOverServer handOver, StopOrder order) implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            Lifecycle.handleSignals(); // again: JLine replaced the SIGINT handler while its bundle started
            int code = Lifecycle.awaitStop();
            handOver.close();
            Lifecycle.describeStopWith(order::summary);
            return code;
        }
    }

    @Override
    public void stop(BundleContext context) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
        handOver.close();
    }

    /** The JVM exits some other way (logout, System.exit): still stop every bundle in order. */
    private static void stopOnExit(Bundle framework) {
        if (!Lifecycle.stopRequested()) {
            // bnd's launcher gave up (it exits at once when a bundle cannot be installed) or the session ended
            Lifecycle.requestStop("the JVM is exiting");
            LauncherLog.warn("The JVM is exiting without a requested stop; stopping every bundle");
            System.err.println("FocusFlow is exiting without a requested stop (details in " + LauncherLog.location() + ")");
        }
        try {
            framework.stop();
            ((Framework) framework).waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (BundleException e) {
            LauncherLog.error("FocusFlow could not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
