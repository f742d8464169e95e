package com.focusflow.ui.internal.model;

import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.ScorePart;
import com.focusflow.api.analytics.WeeklyStats;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Today panel: focus time, sessions, the score with its parts, the last seven days as bars, and the
 * most recent sessions. Statistics need the analytics service, the history the session service; each
 * part says it is unavailable while its service is gone.
 */
public final class TodayViewModel {
    static final String UNAVAILABLE = "Statistics are unavailable right now; they come back by themselves.";
    /** How many sessions the history table holds (it grows with the window; it scrolls beyond). */
    public static final int RECENT = 50;
    /** Analytics' configuration, where the daily goal lives. */
    public static final String ANALYTICS_PID = "com.focusflow.analytics";
    static final String GOAL_KEY = "dailyGoalMinutes";
    static final int DEFAULT_GOAL_MINUTES = 120;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /**
     * One day of the weekly chart, in the chart's unit.
     *
     * @param value focus time in {@link Axis#unit()}s
     * @param today whether this bar is today (highlighted)
     */
    public record DayBar(String day, double value, boolean today) {
    }

    /**
     * The chart's value axis: whole minutes, or whole hours once a day (or the goal) passes two hours.
     *
     * @param unit "min" or "h"
     * @param upper the axis' top, a whole number of units above the highest bar and the goal
     * @param tick the tick spacing, a whole number of units
     * @param goal the daily goal in units (the goal line)
     */
    public record Axis(String unit, double upper, double tick, double goal) {
        static Axis fitting(long maxSeconds, int goalMinutes) {
            long top = Math.max(maxSeconds, goalMinutes * 60L);
            boolean hours = top > 2 * 3600;
            double perUnit = hours ? 3600.0 : 60.0;
            double tick = hours ? Math.max(1, Math.ceil(top / perUnit / 6)) : niceMinutes(top / 60.0 / 6);
            double upper = Math.max(tick, Math.ceil(top / perUnit / tick) * tick);
            return new Axis(hours ? "h" : "min", upper, tick, goalMinutes * 60.0 / perUnit);
        }

        private static double niceMinutes(double raw) {
            for (double step : new double[] { 1, 2, 5, 10, 15, 20, 30 }) {
                if (raw <= step) {
                    return step;
                }
            }
            return 30;
        }
    }

    /** One score part as a line: "+53  1 h 30 min of your 2 h goal" (whole points). */
    public record PartRow(String points, String explanation) {
    }

    /** One session of the history table, written for the user. */
    public record SessionRow(String started, String type, String planned, String actual, String result) {
    }

    private final UiThreads threads;
    private final Clock clock;
    private volatile AnalyticsService analytics;
    private volatile SessionService sessions;

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper focusTime = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sessionCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(UNAVAILABLE);
    private final ObservableList<PartRow> parts = FXCollections.observableArrayList();
    private final ObservableList<DayBar> week = FXCollections.observableArrayList();
    private final ObservableList<SessionRow> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper historyStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper streak = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Axis> axis = new ReadOnlyObjectWrapper<>(Axis.fitting(0, DEFAULT_GOAL_MINUTES));
    private final StringProperty goal = new SimpleStringProperty(Integer.toString(DEFAULT_GOAL_MINUTES));
    private final ReadOnlyStringWrapper goalMessage = new ReadOnlyStringWrapper("");
    private volatile Settings settings;

    public TodayViewModel(UiThreads threads, Clock clock) {
        this.threads = threads;
        this.clock = clock;
    }

    public void analyticsChanged(AnalyticsService service) {
        analytics = service;
        refresh();
    }

    public void sessionsChanged(SessionService service) {
        sessions = service;
        refresh();
    }

    /** Where the daily goal is read and saved (Config Admin); null while there is none. */
    public void settingsChanged(Settings newSettings) {
        settings = newSettings;
        refresh();
    }

    /** Saves the goal the user typed (1-1440 minutes) as analytics' daily goal; the score follows. */
    public void saveGoal() {
        Settings s = settings;
        Integer minutes = goalMinutes(goal.get());
        if (minutes == null) {
            goalMessage.set("The daily goal must be a whole number of minutes from 1 to 1440.");
            return;
        }
        if (s == null) {
            goalMessage.set("Settings are unavailable right now.");
            return;
        }
        threads.call(() -> {
            s.update(ANALYTICS_PID, Map.of(GOAL_KEY, minutes));
            return minutes;
        }, saved -> {
            goalMessage.set("Daily goal saved: " + Formats.duration(saved * 60L) + ".");
            refresh();
        }, e -> {
            goalMessage.set("The goal could not be saved: " + e.getMessage());
        });
    }

    static Integer goalMinutes(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= 1 && value <= 1440 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads today's statistics and the recent sessions again (after a session ended, an update...). */
    public void refresh() {
        refreshStatistics();
        refreshHistory();
    }

    private void refreshStatistics() {
        AnalyticsService a = analytics;
        if (a == null) {
            threads.fx().execute(this::showStatisticsUnavailable);
            return;
        }
        Settings s = settings;
        threads.call(() -> {
            LocalDate today = LocalDate.now(clock.withZone(a.zone()));
            Object configured = s == null ? null : s.read(ANALYTICS_PID).get(GOAL_KEY);
            int goalMinutes = configured == null ? DEFAULT_GOAL_MINUTES : goalMinutesOr(configured);
            return new Statistics(a.daily(today), a.score(today), a.weekly(today), goalMinutes);
        }, statistics -> {
            show(statistics);
        }, e -> {
            showStatisticsUnavailable();
        });
    }

    private void refreshHistory() {
        SessionService s = sessions;
        if (s == null) {
            threads.fx().execute(this::showHistoryUnavailable);
            return;
        }
        threads.call(() -> s.history(null, null, RECENT, 0).items(), items -> {
            ZoneId zone = clock.getZone();
            recent.setAll(items.stream().map(session -> row(session, zone)).toList());
            historyStatus.set(items.isEmpty() ? "No sessions yet" : "");
        }, e -> {
            showHistoryUnavailable();
        });
    }

    private static int goalMinutesOr(Object configured) {
        Integer parsed = goalMinutes(configured.toString());
        return parsed == null ? DEFAULT_GOAL_MINUTES : parsed;
    }

    private void show(Statistics statistics) {
        DailyStats day = statistics.day;
        available.set(true);
        status.set("");
        focusTime.set(Formats.duration(day.focusSeconds()));
        sessionCount.set(day.sessionsCompleted() + " of " + day.sessionsStarted() + " completed");
        score.set(statistics.score.score() + "/100");
        parts.setAll(statistics.score.parts().stream().map(TodayViewModel::part).toList());
        int days = statistics.week.streakDays();
        streak.set(days == 0 ? "No streak yet" : days + (days == 1 ? " day" : " days") + " in a row");
        goal.set(Integer.toString(statistics.goalMinutes));
        long max = statistics.week.days().stream().mapToLong(DailyStats::focusSeconds).max().orElse(0);
        Axis fitted = Axis.fitting(max, statistics.goalMinutes);
        double perUnit = fitted.unit().equals("h") ? 3600.0 : 60.0;
        axis.set(fitted);
        week.setAll(statistics.week.days().stream()
                .map(d -> new DayBar(d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                        d.focusSeconds() / perUnit, d.date().equals(day.date())))
                .toList());
    }

    static PartRow part(ScorePart part) {
        return new PartRow(Formats.points(part.points()), part.explanation());
    }

    static SessionRow row(Session session, ZoneId zone) {
        String result = session.active() ? "running" : session.completed() ? "completed" : "stopped early";
        return new SessionRow(WHEN.format(session.startTime().atZone(zone)), session.type().value(),
                session.plannedMinutes() + " min", Formats.elapsed(session.actualSeconds()), result);
    }

    private void showStatisticsUnavailable() {
        available.set(false);
        status.set(UNAVAILABLE);
        focusTime.set("–");
        sessionCount.set("–");
        score.set("–");
        parts.clear();
        week.clear();
    }

    private void showHistoryUnavailable() {
        recent.clear();
        historyStatus.set("The session history is unavailable right now.");
    }

    private record Statistics(DailyStats day, ProductivityScore score, WeeklyStats week, int goalMinutes) {
    }

    /** "4 days in a row", or "No streak yet". */
    public ReadOnlyStringProperty streakProperty() {
        return streak.getReadOnlyProperty();
    }

    /** The chart's unit, scale and goal line. */
    public ReadOnlyObjectProperty<Axis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    /** The daily goal in minutes as the user edits it. */
    public StringProperty goalProperty() {
        return goal;
    }

    /** What saving the goal did, or why it was refused. */
    public ReadOnlyStringProperty goalMessageProperty() {
        return goalMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty focusTimeProperty() {
        return focusTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionCountProperty() {
        return sessionCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyStatusProperty() {
        return historyStatus.getReadOnlyProperty();
    }

    public ObservableList<PartRow> parts() {
        return parts;
    }

    public ObservableList<DayBar> week() {
        return week;
    }

    public ObservableList<SessionRow> recent() {
        return recent;
    }
}
