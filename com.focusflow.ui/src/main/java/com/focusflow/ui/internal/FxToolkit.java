package com.focusflow.ui.internal;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once per JVM. The toolkit lives on the launcher class path, so it outlives
 * every version of this bundle: after an update (a new class loader, a new copy of this class) it is
 * already running and is reused. Implicit exit is off, so closing the window never ends the toolkit.
 */
final class FxToolkit {
    private FxToolkit() {
    }

    /**
     * Blocks until the toolkit runs (about a second the first time); call it off the framework thread.
     *
     * @throws RuntimeException or Error when there is no usable display (JavaFX says why)
     */
    static void startOnce() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(ready::countDown);
        }
        Platform.setImplicitExit(false);
        ready.await();
    }
}
