package com.focusflow.ui.internal;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit once per JVM. The toolkit lives on the launcher class path, so it outlives
 * every version of this bundle: after an update (a new class loader, a new copy of this class) it is
 * already running and is reused. Implicit exit is off, so closing the window never ends the toolkit.
 *
 * <p>FocusFlow's window is a few controls that change once a second: it renders in software unless the
 * user chose otherwise ({@code -Dprism.order=es2}), and on Linux GTK is told not to probe OpenGL
 * ({@code GDK_GL=disable}, unless set). Together that keeps Mesa, LLVM and the GL driver out of the
 * process: about 60 MiB less resident memory and no GL threads (docs/benchmarks.md).
 */
final class FxToolkit {
    static final String PRISM_ORDER = "prism.order";
    private static final Logger LOG = LoggerFactory.getLogger(FxToolkit.class);

    private FxToolkit() {
    }

    /**
     * Blocks until the toolkit runs (about a second the first time); call it off the framework thread.
     *
     * @throws RuntimeException or Error when there is no usable display (JavaFX says why)
     */
    static void startOnce() throws InterruptedException {
        if (System.getProperty(PRISM_ORDER) == null) {
            System.setProperty(PRISM_ORDER, "sw");
        }
        if (System.getProperty("os.name", "").startsWith("Linux") && System.getenv("GDK_GL") == null) {
            disableGdkGl();
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(ready::countDown);
        }
        Platform.setImplicitExit(false);
        ready.await();
    }

    /**
     * Sets GDK_GL=disable in the process environment before GTK starts (GTK reads it only from there), with
     * JNA, which the runtime has for OSHI. Without JNA the window just costs more memory.
     */
    private static void disableGdkGl() {
        try {
            com.sun.jna.NativeLibrary.getInstance("c").getFunction("setenv").invokeInt(new Object[] { "GDK_GL", "disable", 0 });
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("GDK_GL not set ({}): GTK may load OpenGL", e.toString());
        }
    }
}
