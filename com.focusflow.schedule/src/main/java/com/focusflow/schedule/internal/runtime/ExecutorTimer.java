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

    /**
     * Stops the thread and waits at most {@code patience} for a check under way.
     *
     * @return whether it ended in time
     */
    boolean shutdown(Duration patience) {
        return OwnThreads.stop(executor, patience);
    }
}
