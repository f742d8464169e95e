package com.focusflow.blocking.internal.process;

import java.time.Duration;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The watcher's one thread, as the tests give it: it counts the ticks it has finished, so that a test can
 * wait for "the watcher has looked" (a positive signal) before asserting that it left something alone.
 * The watcher's ticks are its only periodic task; warnings, closes and kills are one-shot tasks.
 */
final class WatcherThread extends ScheduledThreadPoolExecutor {

    private int ticks;

    WatcherThread() {
        super(1);
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        super.afterExecute(task, failure);
        if (task instanceof RunnableScheduledFuture<?> scheduled && scheduled.isPeriodic()) {
            synchronized (this) {
                ticks++;
                notifyAll();
            }
        }
    }

    synchronized int ticks() {
        return ticks;
    }

    /** Waits until {@code count} ticks have finished since the thread was made; fails if they never do. */
    synchronized void awaitTicks(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (ticks < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the watcher finished " + ticks + " tick(s), not " + count + ", within " + within);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /**
     * Waits until everything this thread was due to run up to {@code delay} from now has run: a marker task is
     * queued with that delay, and the thread runs its tasks in the order they are due.
     */
    void awaitDueWithin(Duration delay, Duration within) throws Exception {
        schedule(() -> { }, delay.toNanos(), TimeUnit.NANOSECONDS).get(delay.plus(within).toMillis(), TimeUnit.MILLISECONDS);
    }
}
