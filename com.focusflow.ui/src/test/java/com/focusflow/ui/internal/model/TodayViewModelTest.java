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
        assertThat(model.scoreProperty().get()).isEqualTo("69/100");
        assertThat(model.parts()).containsExactly(
                new TodayViewModel.PartRow("+53", "1 h 30 min of your 2 h goal"),
                new TodayViewModel.PartRow("+20", "2 of 3 focus sessions ran their full time"),
                new TodayViewModel.PartRow("-4", "1 blocked app attempt"));
    }

    @Test
    void theWeekIsSevenBarsEndingToday() {
        model.analyticsChanged(new Analytics());

        assertThat(model.week()).extracting(TodayViewModel.DayBar::day)
                .containsExactly("Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu");
        assertThat(model.week().get(6).value()).isEqualTo(90.0);
        assertThat(model.week().get(0).value()).isEqualTo(0.0);
        assertThat(model.week()).extracting(TodayViewModel.DayBar::today)
                .containsExactly(false, false, false, false, false, false, true);
        // 90 min of a 120 min goal: whole minutes, ticks of 20, the goal line at 120
        assertThat(model.axisProperty().get()).isEqualTo(new TodayViewModel.Axis("min", 120, 20, 120));
    }

    @Test
    void theAxisCountsWholeMinutesOrWholeHours() {
        // 0.075 minutes of focus (the chart): still a whole-minute axis up to the goal
        assertThat(TodayViewModel.Axis.fitting(4, 30)).isEqualTo(new TodayViewModel.Axis("min", 30, 5, 30));
        assertThat(TodayViewModel.Axis.fitting(0, 1)).isEqualTo(new TodayViewModel.Axis("min", 1, 1, 1));
        // past two hours: whole hours, the goal line in hours
        TodayViewModel.Axis hours = TodayViewModel.Axis.fitting(5 * 3600 + 600, 120);
        assertThat(hours.unit()).isEqualTo("h");
        assertThat(hours.tick() % 1).isZero();
        assertThat(hours.upper()).isEqualTo(6);
        assertThat(hours.goal()).isEqualTo(2);
    }

    @Test
    void theStreakAndTheGoalShowAndTheGoalIsSavedToAnalyticsConfiguration() {
        MapSettings settings = new MapSettings();
        model.settingsChanged(settings);
        model.analyticsChanged(new Analytics());
        assertThat(model.streakProperty().get()).isEqualTo("3 days in a row");
        assertThat(model.goalProperty().get()).isEqualTo("120");

        model.goalProperty().set("0");
        model.saveGoal();
        assertThat(model.goalMessageProperty().get()).isEqualTo("The daily goal must be a whole number of minutes from 1 to 1440.");
        assertThat(settings.values).isEmpty();

        model.goalProperty().set(" 90 ");
        model.saveGoal();
        assertThat(settings.values).containsEntry("com.focusflow.analytics", java.util.Map.of("dailyGoalMinutes", 90));
        assertThat(model.goalMessageProperty().get()).isEqualTo("Daily goal saved: 1 h 30 min.");
        assertThat(model.goalProperty().get()).as("read back").isEqualTo("90");
        assertThat(model.axisProperty().get().goal()).isEqualTo(90);
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
        assertThat(model.scoreProperty().get()).isEqualTo("69/100");
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
                new TodayViewModel.SessionRow("Mon 5 Jan 09:30", "custom", "50 min", "0 s", "running"),
                new TodayViewModel.SessionRow("Mon 5 Jan 09:30", "focus", "25 min", "25 min", "completed"),
                new TodayViewModel.SessionRow("Mon 5 Jan 10:00", "break", "5 min", "1 min", "stopped early"));
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
            return new WeeklyStats(end.minusDays(6), end, days, 5400, 5400 / 7, 3);
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
