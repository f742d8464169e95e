package com.focusflow.api.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A day's productivity score with the parts that make it up, as in
 * {@code GET /focusflow/api/v1/stats/score}. The score is the sum of each part's
 * {@link ScorePart#points()}, rounded and clamped to 0..100.
 *
 * @param date the local day
 * @param score 0..100
 * @param parts the parts, in the order they are explained to the user
 */
public record ProductivityScore(LocalDate date, int score, List<ScorePart> parts) {
    /** Copies the list. */
    public ProductivityScore {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }
}
