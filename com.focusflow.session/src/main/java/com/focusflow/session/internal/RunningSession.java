package com.focusflow.session.internal;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

/**
 * The running session and its clock: elapsed time is what it had when it (re)started plus the monotonic
 * time since, so moving the wall clock changes nothing. End times are derived the same way, start plus
 * elapsed, never read from the wall clock.
 *
 * @param baseNanos elapsed time when this run began (0 when started, the saved time when resumed)
 * @param anchorNanos monotonic time when this run began
 */
record RunningSession(String id, SessionType type, Instant startTime, int plannedMinutes, boolean strict, String label,
        long baseNanos, long anchorNanos) {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    long elapsedNanos(long now) {
        return baseNanos + Math.max(0, now - anchorNanos);
    }

    long elapsedSeconds(long now) {
        return elapsedNanos(now) / NANOS_PER_SECOND;
    }

    long plannedSeconds() {
        return plannedMinutes * 60L;
    }

    long remainingNanos(long now) {
        return Math.max(0, TimeUnit.SECONDS.toNanos(plannedSeconds()) - elapsedNanos(now));
    }

    /** Whole seconds left, rounded up, so that elapsed + remaining is the planned time. */
    long remainingSeconds(long now) {
        return (remainingNanos(now) + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }

    boolean timeUp(long now) {
        return remainingNanos(now) == 0;
    }

    /** The running session as callers see it. */
    Session snapshot(long now) {
        long remaining = remainingSeconds(now);
        return new Session(id, type, startTime, null, plannedMinutes, plannedSeconds() - remaining, remaining, false,
                strict, label);
    }

    /** The session ended with {@code actualSeconds} elapsed; it ends at start + elapsed. */
    Session ended(long actualSeconds, boolean completed) {
        return new Session(id, type, startTime, endTimeAfter(actualSeconds), plannedMinutes, actualSeconds, null,
                completed, strict, label);
    }

    Instant endTimeAfter(long actualSeconds) {
        return startTime.plusSeconds(actualSeconds);
    }
}
