package com.focusflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.focusflow.api.analytics.DailyStats;

class StatsCommandsTest {

    static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Test
    void aDayIsOneLineAndTheScoreIsExplainedPartByPart() {
        assertThat(StatsCommands.line(new DailyStats(DAY, 5400, 3, 2, 1, 3000, 69))).isEqualTo(
                "2026-01-15  focus 1 h 30 min   started 3, completed 2, blocked 1, longest 50 min, score 69");
        assertThat(StatsCommands.explain(ScoreFormula.score(new DayTotals(DAY, 5400, 3, 2, 1, 3000), 120)))
                .isEqualTo("score 69 = focusTime +52.5 (1 h 30 min of your 2 h goal), "
                        + "completion +20.0 (2 of 3 focus sessions ran their full time), "
                        + "blockedAttempts -4.0 (1 blocked app attempt (-4 points each, at most -20))");
    }

    @Test
    void aBadDateForRebuildIsOneLineNotAStackTrace() {
        RebuildCommand command = new RebuildCommand(null);

        assertThat(command.rebuild("2026-13-01", "2026-12-31")).isNull();
    }
}
