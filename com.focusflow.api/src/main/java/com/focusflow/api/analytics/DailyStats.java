package com.focusflow.api.analytics;

import java.time.LocalDate;

/**
 * One local day, as in {@code GET /focusflow/api/v1/stats/daily}.
 *
 * @param date the local day
 * @param focusSeconds seconds of focus and custom sessions that fell on this day
 * @param sessionsStarted focus and custom sessions started this day
 * @param sessionsCompleted of those, how many ran their full planned time
 * @param blockedAttempts blocked apps terminated this day
 * @param longestSessionSeconds the longest focus or custom session part on this day, in seconds
 * @param score the productivity score, 0..100 (see {@link ProductivityScore})
 */
public record DailyStats(
        LocalDate date,
        long focusSeconds,
        int sessionsStarted,
        int sessionsCompleted,
        int blockedAttempts,
        long longestSessionSeconds,
        int score) {
}
