package com.focusflow.schedule.internal.runtime;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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

    void shutdown() {
        executor.shutdownNow();
    }
}
