package com.focusflow.analytics.internal;

import java.util.List;
import java.util.Locale;

import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.ScorePart;

/**
 * The productivity score, 0..100: up to 70 points for focus time against the daily goal, up to 30 for the
 * share of started focus sessions that ran their full time, minus 4 points per blocked attempt (at most
 * 20). Example: 90 of 120 min, 2 of 3 sessions completed, 1 blocked attempt = 52.5 + 20 - 4 = 68.5 → 69.
 * What counts: a focus or custom session stopped in its first minute is not "started" (a mis-click must
 * not lower the completion share; see DaySplitter), and a blocked app counts once per app per minute
 * (two launches at once are one attempt; see AttemptWindow).
 */
final class ScoreFormula {

    static final double FOCUS_WEIGHT = 70;
    static final double COMPLETION_WEIGHT = 30;
    static final double PENALTY_WEIGHT = -20;
    static final int PENALTY_ATTEMPTS = 5; // attempts that reach the full penalty

    private ScoreFormula() {
    }

    static ProductivityScore score(DayTotals day, int goalMinutes) {
        long goalSeconds = goalMinutes * 60L;
        double focus = Math.min(1.0, (double) day.focusSeconds() / goalSeconds);
        double completion = day.sessionsStarted() == 0 ? 0 : (double) day.sessionsCompleted() / day.sessionsStarted();
        double penalty = Math.min(1.0, (double) day.blockedAttempts() / PENALTY_ATTEMPTS);
        List<ScorePart> parts = List.of(
                new ScorePart("focusTime", focus, FOCUS_WEIGHT,
                        duration(day.focusSeconds()) + " of your " + duration(goalSeconds) + " goal"),
                new ScorePart("completion", completion, COMPLETION_WEIGHT, day.sessionsStarted() == 0
                        ? "no focus session started"
                        : day.sessionsCompleted() + " of " + day.sessionsStarted() + " focus sessions ran their full time"),
                new ScorePart("blockedAttempts", penalty, PENALTY_WEIGHT, day.blockedAttempts()
                        + (day.blockedAttempts() == 1 ? " blocked app attempt" : " blocked app attempts")
                        + " (-4 points each, at most -20)"));
        double sum = parts.stream().mapToDouble(ScorePart::points).sum();
        int score = (int) Math.max(0, Math.min(100, Math.round(sum)));
        return new ProductivityScore(day.date(), score, parts);
    }

    static boolean metGoal(DayTotals day, int goalMinutes) {
        return day.focusSeconds() >= goalMinutes * 60L;
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : String.format(Locale.ROOT, "%d h %d min", h, m);
    }
}
