package com.focusflow.schedule.internal.runtime;

import java.time.Duration;

/** Runs the planner's work on one thread, now or after a delay. Tests drive a manual one. */
public interface Timer {

    /** A pending task. */
    interface Task {
        void cancel();
    }

    /** Runs {@code task} on the timer's thread as soon as possible. */
    void execute(Runnable task);

    /** Runs {@code task} on the timer's thread after {@code delay}. */
    Task after(Duration delay, Runnable task);
}
