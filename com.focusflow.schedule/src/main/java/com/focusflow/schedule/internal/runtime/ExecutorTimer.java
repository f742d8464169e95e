package com.focusflow.schedule.internal.runtime;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.focusflow.support.concurrent.OwnThreads;

/** A {@link Timer} on one daemon thread; cancelled tasks leave its queue at once. */
final class ExecutorTimer implements Timer {

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "FocusFlow schedules");
        thread.setDaemon(true);
        return thread;
    });

    ExecutorTimer() {
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @Override
    public Task after(Duration delay, Runnable task) {
        var future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the thread and waits for a check under way. */
    void shutdown() {
        OwnThreads.stopOrWarn(executor, OwnThreads.PATIENCE, "The schedules' timer thread");
    }
}
