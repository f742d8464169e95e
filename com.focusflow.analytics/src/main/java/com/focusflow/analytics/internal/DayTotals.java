package com.focusflow.analytics.internal;

import java.time.LocalDate;

/** The stored facts of one local day; the score is derived from them. */
record DayTotals(LocalDate date, long focusSeconds, int sessionsStarted, int sessionsCompleted, int blockedAttempts,
        long longestSessionSeconds) {

    static DayTotals empty(LocalDate date) {
        return new DayTotals(date, 0, 0, 0, 0, 0);
    }

    DayTotals withBlockedAttempts(int blocked) {
        return new DayTotals(date, focusSeconds, sessionsStarted, sessionsCompleted, blocked, longestSessionSeconds);
    }

    /** Same session facts, ignoring blocked attempts. */
    boolean sameSessions(DayTotals other) {
        return focusSeconds == other.focusSeconds && sessionsStarted == other.sessionsStarted
                && sessionsCompleted == other.sessionsCompleted && longestSessionSeconds == other.longestSessionSeconds;
    }
}
