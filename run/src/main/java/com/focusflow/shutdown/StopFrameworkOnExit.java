package com.focusflow.shutdown;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * Stops the framework when the JVM is asked to exit (Ctrl-C, SIGTERM, logout), so that every bundle stops
 * in order: a running session is saved, the hosts file block is removed. bnd's launcher does not do this
 * itself; it starts this class as an embedded activator (the Embedded-Activator header of this jar, which
 * sits on -runpath).
 */
public final class StopFrameworkOnExit implements BundleActivator {

    /** Long enough for every bundle to stop cleanly, short enough not to hang a logout. */
    static final long STOP_TIMEOUT_MILLIS = 20_000;

    private Thread hook;

    @Override
    public void start(BundleContext context) {
        Bundle framework = context.getBundle(org.osgi.framework.Constants.SYSTEM_BUNDLE_LOCATION);
        hook = new Thread(() -> stop(framework), "FocusFlow shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void stop(BundleContext context) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private static void stop(Bundle framework) {
        try {
            framework.stop();
            ((Framework) framework).waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (BundleException e) {
            System.err.println("FocusFlow could not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
