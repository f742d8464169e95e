package com.focusflow.support.concurrent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stopping the threads a component owns when it is deactivated. Deactivation must not return while one of
 * them still runs the component's code: right after a bundle update the framework's refresh invalidates the
 * old class loader, and a task still running then fails half-way with {@link NoClassDefFoundError} (or
 * acts for a component that is gone, such as closing an app after blocking ended).
 */
public final class OwnThreads {

    /** How long a deactivation waits for its task under way, unless the component needs another bound. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(OwnThreads.class);

    private OwnThreads() {
    }

    /**
     * {@link #stop(ExecutorService, Duration)}, and a WARN naming {@code what} (e.g. "The statistics worker") if a
     * task outlived the patience.
     */
    public static void stopOrWarn(ExecutorService executor, Duration patience, String what) {
        if (!stop(executor, patience)) {
            LOG.warn("{} did not end within {} s", what, patience.toSeconds());
        }
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
