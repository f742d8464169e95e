package com.focusflow.support.concurrent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stopping the threads a component owns when it is deactivated. Deactivation must not return while one of
 * them still runs the component's code: right after a bundle update the framework's refresh invalidates the
 * old class loader, and a task still running then fails half-way with {@link NoClassDefFoundError} (or
 * acts for a component that is gone, such as closing an app after blocking ended).
 */
public final class OwnThreads {

    private OwnThreads() {
    }

    /**
     * Drops the queued tasks, interrupts the running one and waits at most {@code patience} for it to end.
     * Never call it from a thread of {@code executor}: it would wait for itself.
     *
     * @return whether every thread of {@code executor} ended in time
     */
    public static boolean stop(ExecutorService executor, Duration patience) {
        executor.shutdownNow();
        try {
            return executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
