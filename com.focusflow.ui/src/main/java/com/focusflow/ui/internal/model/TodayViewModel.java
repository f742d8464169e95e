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
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    /** How many sessions the history table shows. */
    public static final int RECENT = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** One day of the weekly chart. */
    public record DayBar(String day, double focusMinutes) {
    }

    /** One score part as a line: "+52.5  Focus time: 1 h 30 min of your 2 h goal". */
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
        threads.call(() -> {
            LocalDate today = LocalDate.now(clock.withZone(a.zone()));
            return new Statistics(a.daily(today), a.score(today), a.weekly(today));
        }, new UiThreads.ResultHandler<Statistics>() {
            @Override
            public void done(Statistics statistics) {
                show(statistics);
            }

            @Override
            public void failed(RuntimeException e) {
                showStatisticsUnavailable();
            }
        });
    }

    private void refreshHistory() {
        SessionService s = sessions;
        if (s == null) {
            threads.fx().execute(this::showHistoryUnavailable);
            return;
        }
        threads.call(() -> s.history(null, null, RECENT, 0).items(), new UiThreads.ResultHandler<List<Session>>() {
            @Override
            public void done(List<Session> items) {
                ZoneId zone = clock.getZone();
                recent.setAll(items.stream().map(session -> row(session, zone)).toList());
                historyStatus.set(items.isEmpty() ? "No sessions yet" : "");
            }

            @Override
            public void failed(RuntimeException e) {
                showHistoryUnavailable();
            }
        });
    }

    private void show(Statistics statistics) {
        DailyStats day = statistics.day;
        available.set(true);
        status.set("");
        focusTime.set(Formats.duration(day.focusSeconds()));
        sessionCount.set(day.sessionsCompleted() + " of " + day.sessionsStarted() + " completed");
        score.set(Integer.toString(statistics.score.score()));
        parts.setAll(statistics.score.parts().stream().map(TodayViewModel::part).toList());
        week.setAll(statistics.week.days().stream()
                .map(d -> new DayBar(d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                        d.focusSeconds() / 60.0))
                .toList());
    }

    static PartRow part(ScorePart part) {
        return new PartRow(Formats.points(part.points()), part.explanation());
    }

    static SessionRow row(Session session, ZoneId zone) {
        String result = session.active() ? "running" : session.completed() ? "completed" : "stopped early";
        return new SessionRow(WHEN.format(session.startTime().atZone(zone)), session.type().value(),
                session.plannedMinutes() + " min", Formats.countdown(session.actualSeconds()), result);
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

    private record Statistics(DailyStats day, ProductivityScore score, WeeklyStats week) {
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
