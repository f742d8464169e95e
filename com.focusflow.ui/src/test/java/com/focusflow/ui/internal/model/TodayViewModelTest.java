package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.ScorePart;
import com.focusflow.api.analytics.WeeklyStats;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TodayViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15); // a Thursday
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);
    private final TodayViewModel model = new TodayViewModel(new UiThreads(Runnable::run, Runnable::run), clock);
    private final FakeSessions sessions = new FakeSessions();

    @Test
    void todayShowsFocusTimeSessionsAndTheScoreWithItsParts() {
        model.analyticsChanged(new Analytics());

        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.focusTimeProperty().get()).isEqualTo("1 h 30 min");
        assertThat(model.sessionCountProperty().get()).isEqualTo("2 of 3 completed");
        assertThat(model.scoreProperty().get()).isEqualTo("69");
        assertThat(model.parts()).containsExactly(
                new TodayViewModel.PartRow("+52.5", "1 h 30 min of your 2 h goal"),
                new TodayViewModel.PartRow("+20", "2 of 3 focus sessions ran their full time"),
                new TodayViewModel.PartRow("-4", "1 blocked app attempt"));
    }

    @Test
    void theWeekIsSevenBarsEndingToday() {
        model.analyticsChanged(new Analytics());

        assertThat(model.week()).extracting(TodayViewModel.DayBar::day)
                .containsExactly("Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu");
        assertThat(model.week().get(6).focusMinutes()).isEqualTo(90.0);
        assertThat(model.week().get(0).focusMinutes()).isEqualTo(0.0);
    }

    @Test
    void withoutAnalyticsTheStatisticsSayTheyAreUnavailableAndComeBack() {
        model.analyticsChanged(new Analytics());
        model.analyticsChanged(null);

        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(TodayViewModel.UNAVAILABLE);
        assertThat(model.scoreProperty().get()).isEqualTo("–");
        assertThat(model.parts()).isEmpty();
        assertThat(model.week()).isEmpty();

        model.analyticsChanged(new Analytics());
        assertThat(model.scoreProperty().get()).isEqualTo("69");
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void recentSessionsAreWrittenForTheUser() {
        Instant end = Instant.parse("2026-01-05T09:55:00Z");
        Session completed = new Session("a", SessionType.FOCUS, Instant.parse("2026-01-05T09:30:00Z"), end, 25, 1500,
                null, true, false, null);
        Session stopped = new Session("b", SessionType.BREAK, Instant.parse("2026-01-05T10:00:00Z"), end, 5, 62, null,
                false, false, null);
        sessions.history.addAll(List.of(completed, stopped));
        sessions.running = FakeSessions.session("c", StartRequest.of(SessionType.CUSTOM, 50), null);
        sessions.history.add(0, sessions.running);

        model.sessionsChanged(sessions);

        assertThat(model.recent()).containsExactly(
                new TodayViewModel.SessionRow("Mon 5 Jan 09:30", "custom", "50 min", "0:00", "running"),
                new TodayViewModel.SessionRow("Mon 5 Jan 09:30", "focus", "25 min", "25:00", "completed"),
                new TodayViewModel.SessionRow("Mon 5 Jan 10:00", "break", "5 min", "1:02", "stopped early"));
        assertThat(model.historyStatusProperty().get()).isEmpty();

        model.sessionsChanged(null);
        assertThat(model.recent()).isEmpty();
        assertThat(model.historyStatusProperty().get()).isEqualTo("The session history is unavailable right now.");
    }

    /** Analytics as in the README's example: 1 h 30 min of focus, 2 of 3 completed, 1 blocked app: 69. */
    private static final class Analytics implements AnalyticsService {
        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public DailyStats daily(LocalDate date) {
            return date.equals(TODAY) ? new DailyStats(date, 5400, 3, 2, 1, 3000, 69) : new DailyStats(date, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public WeeklyStats weekly(LocalDate end) {
            List<DailyStats> days = IntStream.rangeClosed(0, 6).mapToObj(i -> daily(end.minusDays(6 - i))).toList();
            return new WeeklyStats(end.minusDays(6), end, days, 5400, 5400 / 7, 0);
        }

        @Override
        public ProductivityScore score(LocalDate date) {
            return new ProductivityScore(date, 69, List.of(
                    new ScorePart("focusTime", 0.75, 70, "1 h 30 min of your 2 h goal"),
                    new ScorePart("completion", 2 / 3.0, 30, "2 of 3 focus sessions ran their full time"),
                    new ScorePart("blockedAttempts", 1, -4, "1 blocked app attempt")));
        }

        @Override
        public int streak(LocalDate asOf) {
            return 0;
        }

        @Override
        public int rebuild(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    }
}
