package com.focusflow.session.internal;

/**
 * What happens at start-up to a session the database still has as running (the app stopped or crashed
 * while it ran). Time the app was not running does not count: it cannot be measured without trusting the
 * wall clock. So a session resumes with the elapsed time it had saved if that is short of its planned time,
 * and is closed as completed with its planned time otherwise.
 */
final class Recovery {

    /** Resume with {@code elapsedSeconds}, or close with {@code elapsedSeconds} and {@code completed}. */
    record Decision(boolean resume, long elapsedSeconds, boolean completed) {
    }

    private Recovery() {
    }

    static Decision decide(long savedElapsedSeconds, int plannedMinutes) {
        long planned = plannedMinutes * 60L;
        long elapsed = Math.max(0, savedElapsedSeconds);
        if (elapsed < planned) {
            return new Decision(true, elapsed, false);
        }
        return new Decision(false, planned, true);
    }
}
