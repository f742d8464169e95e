package com.focusflow.session.internal;

import java.time.Duration;

/** Runs the session's timers: the automatic end and the regular checkpoint. Tests drive a manual one. */
public interface Scheduler {

    /** A scheduled task. */
    interface Task {
        void cancel();
    }

    /** Runs {@code task} once after {@code delay} (measured on a monotonic clock). */
    Task after(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period}, first after one period. */
    Task every(Duration period, Runnable task);
}
