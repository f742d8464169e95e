package com.focusflow.api.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Statistics per local day, kept up to date from session and blocking events and rebuildable from the
 * session history. Days with no activity have zero values, never an error. All methods may throw
 * {@link com.focusflow.api.FocusFlowException} of kind {@code DATABASE}, and {@code INVALID_INPUT} for a
 * null date.
 */
@ProviderType
public interface AnalyticsService {
    /** The time zone that defines the local days (configurable; default the system's). */
    ZoneId zone();

    /** The statistics of one local day. */
    DailyStats daily(LocalDate date);

    /** The seven days ending on {@code end} (inclusive), with totals, average and the streak as of {@code end}. */
    WeeklyStats weekly(LocalDate end);

    /** The productivity score of one local day with its parts. */
    ProductivityScore score(LocalDate date);

    /**
     * Consecutive days up to and including {@code asOf} that met the daily focus goal; {@code asOf}
     * itself counts only once it has met the goal, so an unfinished today does not break the streak.
     */
    int streak(LocalDate asOf);

    /**
     * Recomputes the stored rows for {@code from..to} (both inclusive) from the session history and the
     * recorded blocked attempts; the result equals what the events produced.
     *
     * @return the number of day rows written
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if {@code from} is after {@code to}
     */
    int rebuild(LocalDate from, LocalDate to);
}
