package com.focusflow.session.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A monotonic clock, a wall clock and a scheduler under the test's control. {@link #advance} moves both
 * clocks and runs the timers that fall due, in order; {@link #moveWallClock} moves only the wall clock, as a
 * user changing the system time does.
 */
final class FakeTime implements LongSupplier, Supplier<Instant>, Scheduler {

    private final class Timer implements Task {
        long due;
        final long period;
        final Runnable task;
        boolean cancelled;

        Timer(long due, long period, Runnable task) {
            this.due = due;
            this.period = period;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private long nanos = 1_000_000_000_000L;
    private Instant wall = Instant.parse("2026-03-02T09:00:00Z");
    private final List<Timer> timers = new ArrayList<>();

    @Override
    public synchronized long getAsLong() {
        return nanos;
    }

    @Override
    public synchronized Instant get() {
        return wall;
    }

    void moveWallClock(Duration by) {
        synchronized (this) {
            wall = wall.plus(by);
        }
    }

    /** Moves time forward by {@code by}, running each timer when its time comes. */
    void advance(Duration by) {
        long target;
        synchronized (this) {
            target = nanos + by.toNanos();
        }
        while (true) {
            Timer next;
            synchronized (this) {
                timers.removeIf(t -> t.cancelled);
                next = timers.stream().filter(t -> t.due <= target).min(Comparator.comparingLong(t -> t.due)).orElse(null);
                if (next == null) {
                    wall = wall.plusNanos(target - nanos);
                    nanos = target;
                    return;
                }
                wall = wall.plusNanos(next.due - nanos);
                nanos = next.due;
                if (next.period > 0) {
                    next.due += next.period;
                } else {
                    timers.remove(next);
                }
            }
            next.task.run();
        }
    }

    synchronized int pendingTimers() {
        timers.removeIf(t -> t.cancelled);
        return timers.size();
    }

    @Override
    public synchronized Task after(Duration delay, Runnable task) {
        Timer timer = new Timer(nanos + delay.toNanos(), 0, task);
        timers.add(timer);
        return timer;
    }

    @Override
    public synchronized Task every(Duration period, Runnable task) {
        Timer timer = new Timer(nanos + period.toNanos(), period.toNanos(), task);
        timers.add(timer);
        return timer;
    }
}
