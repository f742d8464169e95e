package com.focusflow.analytics.internal;

import static com.focusflow.analytics.internal.Sessions.at;
import static com.focusflow.analytics.internal.Sessions.day;
import static com.focusflow.analytics.internal.Sessions.ended;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.analytics.WeeklyStats;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/** The service on a real SQLite file with the bundle's migration, fed by an in-memory session history. */
class AnalyticsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    final Sessions sessions = new Sessions();
    final List<LocalDate> updates = new ArrayList<>();
    AnalyticsStore store;
    Analytics analytics;

    @BeforeEach
    void database() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("test.db"));
        new SchemaMigrator(AnalyticsManager.MODULE,
                MigrationScripts.fromCodeSource(AnalyticsManager.class, MigrationScripts.DEFAULT_FOLDER)).migrate(ds);
        store = new AnalyticsStore(ds);
        analytics = new Analytics(store, sessions, BERLIN, 120, updates::add);
    }

    private void end(Session session) {
        sessions.add(session);
        analytics.sessionEnded(session.startTime(), session.endTime());
        analytics.recomputeDue();
    }

    @Test
    void eventsKeepTheDaysUpToDateAndARebuildGivesTheSameRows() {
        end(ended(SessionType.FOCUS, at(BERLIN, "2026-03-28T22:00"), 3 * 3600, true)); // into the DST day
        end(ended(SessionType.FOCUS, at(BERLIN, "2026-03-29T10:00"), 1500, false));
        end(ended(SessionType.BREAK, at(BERLIN, "2026-03-29T10:30"), 300, true));
        analytics.blockedAttempt("ffvictim", at(BERLIN, "2026-03-29T10:10"));
        analytics.blockedAttempt("FFVICTIM", at(BERLIN, "2026-03-29T10:10:30")); // the same app within the minute: once
        var incremental = store.read(day("2026-03-01"), day("2026-03-31"));

        assertThat(analytics.daily(day("2026-03-28")))
                .isEqualTo(new DailyStats(day("2026-03-28"), 7200, 1, 1, 0, 7200, 100));
        // 22:00 + 3 h ends at 01:00 on the 29th: 1 h, plus 25 min; one blocked attempt
        DailyStats dst = analytics.daily(day("2026-03-29"));
        assertThat(dst).isEqualTo(new DailyStats(day("2026-03-29"), 3600 + 1500, 1, 0, 1, 3600,
                (int) Math.round(70.0 * 5100 / 7200 - 4)));

        try (var wipe = new Wipe(dir)) {
            wipe.sessionColumns();
        }
        assertThat(store.read(day("2026-03-29"), day("2026-03-29")).get(day("2026-03-29")).focusSeconds()).isZero();
        assertThat(analytics.rebuild(day("2026-03-01"), day("2026-03-31"))).isEqualTo(2);
        assertThat(store.read(day("2026-03-01"), day("2026-03-31"))).isEqualTo(incremental);
        assertThat(analytics.rebuild(day("2026-03-01"), day("2026-03-31"))).as("nothing left to change").isZero();
        assertThat(updates).contains(day("2026-03-28"), day("2026-03-29"));
    }

    @Test
    void aWeekListsEveryDayWithTotalsAndAverage() {
        end(ended(SessionType.FOCUS, at(BERLIN, "2026-01-12T09:00"), 3600, true));
        end(ended(SessionType.FOCUS, at(BERLIN, "2026-01-14T09:00"), 1800, true));

        WeeklyStats week = analytics.weekly(day("2026-01-15"));

        assertThat(week.start()).isEqualTo(day("2026-01-09"));
        assertThat(week.days()).hasSize(7).extracting(DailyStats::focusSeconds).containsExactly(0L, 0L, 0L, 3600L, 0L,
                1800L, 0L);
        assertThat(week.totalFocusSeconds()).isEqualTo(5400);
        assertThat(week.averageFocusSeconds()).isEqualTo(5400 / 7);
        assertThat(week.streakDays()).isZero();
    }

    @Test
    void theStreakCountsConsecutiveGoalDaysAndAnUnfinishedTodayDoesNotBreakIt() {
        for (String d : List.of("2026-01-10", "2026-01-12", "2026-01-13", "2026-01-14")) {
            end(ended(SessionType.FOCUS, at(BERLIN, d + "T09:00"), 7200, true));
        }
        end(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:00"), 600, true)); // today, goal not met yet

        assertThat(analytics.streak(day("2026-01-14"))).isEqualTo(3);
        assertThat(analytics.streak(day("2026-01-15"))).isEqualTo(3);
        assertThat(analytics.streak(day("2026-01-16"))).as("a whole day missed").isZero();
        assertThat(analytics.streak(day("2026-01-10"))).isEqualTo(1);
    }

    @Test
    void emptyDaysAreZeroNotErrorsAndBadInputChangesNothing() {
        assertThat(analytics.daily(day("2030-01-01"))).isEqualTo(new DailyStats(day("2030-01-01"), 0, 0, 0, 0, 0, 0));
        assertThat(analytics.score(day("2030-01-01")).score()).isZero();

        assertThatThrownBy(() -> analytics.rebuild(day("2026-02-01"), day("2026-01-01")))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT));
        assertThatThrownBy(() -> analytics.daily(null))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT));
        assertThat(store.read(LocalDate.MIN.plusYears(1), day("2100-01-01"))).isEmpty();
    }

    /** Zeroes the session columns directly, as if the events had been missed. */
    private static final class Wipe implements AutoCloseable {
        private final java.sql.Connection connection;

        Wipe(Path dir) {
            try {
                connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void sessionColumns() {
            try (var s = connection.createStatement()) {
                s.executeUpdate("UPDATE daily_analytics SET total_focus_seconds = 0, sessions_started = 0, "
                        + "sessions_completed = 0, longest_session_seconds = 0, productivity_score = 0");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
