package com.focusflow.api.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Seven local days, as in {@code GET /focusflow/api/v1/stats/weekly}.
 *
 * @param start the first day ({@code end} minus 6 days)
 * @param end the last day, inclusive
 * @param days one entry per day, {@code start} first, empty days included
 * @param totalFocusSeconds the sum of {@code focusSeconds} over the days
 * @param averageFocusSeconds {@code totalFocusSeconds / 7}, rounded down
 * @param streakDays the streak as of {@code end} (see {@link AnalyticsService#streak})
 */
public record WeeklyStats(
        LocalDate start,
        LocalDate end,
        List<DailyStats> days,
        long totalFocusSeconds,
        long averageFocusSeconds,
        int streakDays) {
    /** Copies the list. */
    public WeeklyStats {
        days = List.copyOf(Objects.requireNonNull(days, "days"));
    }
}
