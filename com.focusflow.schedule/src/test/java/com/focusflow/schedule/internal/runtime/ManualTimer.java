package com.focusflow.schedule.internal.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A timer and a clock that move only when the test says so; due tasks run on the test's thread. */
final class ManualTimer extends Clock implements Timer {

    private record Pending(Instant due, Runnable task, boolean[] cancelled) {
    }

    private Instant now;
    private final List<Pending> pending = new ArrayList<>();

    ManualTimer(Instant start) {
        now = start;
    }

    @Override
    public void execute(Runnable task) {
        pending.add(new Pending(now, task, new boolean[1]));
    }

    @Override
    public Task after(Duration delay, Runnable task) {
        Pending p = new Pending(now.plus(delay), task, new boolean[1]);
        pending.add(p);
        return () -> p.cancelled()[0] = true;
    }

    /** Moves the clock to {@code t}, running every task due by then at its due time. */
    void runUntil(Instant t) {
        while (true) {
            Pending next = pending.stream().filter(p -> !p.cancelled()[0] && !p.due().isAfter(t))
                    .min(Comparator.comparing(Pending::due)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = next.due().isAfter(now) ? next.due() : now;
            next.task().run();
        }
        now = t;
    }

    /** Jumps the wall clock without running anything (a suspend, a clock change). */
    void jump(Instant t) {
        now = t;
    }

    /** The earliest live task's due time. */
    Instant nextDue() {
        return pending.stream().filter(p -> !p.cancelled()[0]).map(Pending::due).min(Comparator.naturalOrder()).orElse(null);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
