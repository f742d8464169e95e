package com.focusflow.api.analytics;

/**
 * One part of a productivity score, e.g. focus time against the daily goal.
 *
 * @param name a stable key such as {@code "focusTime"}, {@code "completion"}, {@code "blockedAttempts"}
 * @param value how far the part is fulfilled, 0.0..1.0 (e.g. 1.5 h of a 2 h goal is 0.75)
 * @param weight the points the part is worth at value 1.0; the positive weights sum to 100, a penalty has
 *        a negative weight
 * @param explanation one sentence for the user, e.g. "1 h 30 min of your 2 h goal"
 */
public record ScorePart(String name, double value, double weight, String explanation) {
    /** The points this part contributes: {@code value * weight}. */
    public double points() {
        return value * weight;
    }
}
