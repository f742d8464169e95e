package com.focusflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.ScorePart;

/** The worked examples of README.md, section "Statistics". */
class ScoreFormulaTest {

    static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Test
    void ninetyOfOneHundredTwentyMinutesTwoOfThreeCompletedOneBlockedIs69() {
        ProductivityScore score = ScoreFormula.score(new DayTotals(DAY, 90 * 60, 3, 2, 1, 50 * 60), 120);

        assertThat(score.score()).isEqualTo(69); // 52.5 + 20 - 4 = 68.5
        assertThat(score.parts()).extracting(ScorePart::name).containsExactly("focusTime", "completion", "blockedAttempts");
        assertThat(score.parts()).extracting(ScorePart::points).containsExactly(52.5, 20.0, -4.0);
        assertThat(score.parts().get(0).explanation()).isEqualTo("1 h 30 min of your 2 h goal");
        assertThat(score.parts().get(1).explanation()).isEqualTo("2 of 3 focus sessions ran their full time");
    }

    @Test
    void goalMetEverySessionCompletedNoBlockIs100AndMoreFocusDoesNotGoHigher() {
        assertThat(ScoreFormula.score(new DayTotals(DAY, 120 * 60, 4, 4, 0, 1800), 120).score()).isEqualTo(100);
        assertThat(ScoreFormula.score(new DayTotals(DAY, 600 * 60, 4, 4, 0, 1800), 120).score()).isEqualTo(100);
    }

    @Test
    void anEmptyDayIsZeroWithEveryPartExplained() {
        ProductivityScore score = ScoreFormula.score(DayTotals.empty(DAY), 120);

        assertThat(score.score()).isZero();
        assertThat(score.parts()).extracting(ScorePart::explanation)
                .containsExactly("0 min of your 2 h goal", "no focus session started",
                        "0 blocked app attempts (-4 points each, at most -20)");
    }

    @Test
    void thePenaltyStopsAtTwentyAndTheScoreAtZero() {
        ProductivityScore score = ScoreFormula.score(new DayTotals(DAY, 12 * 60, 1, 0, 9, 720), 120);

        assertThat(score.parts().get(2).points()).isEqualTo(-20.0);
        assertThat(score.score()).isZero(); // 7 + 0 - 20
    }

    @Test
    void theGoalIsMetAtExactlyTheGoal() {
        assertThat(ScoreFormula.metGoal(new DayTotals(DAY, 7199, 1, 1, 0, 7199), 120)).isFalse();
        assertThat(ScoreFormula.metGoal(new DayTotals(DAY, 7200, 1, 1, 0, 7200), 120)).isTrue();
    }
}
