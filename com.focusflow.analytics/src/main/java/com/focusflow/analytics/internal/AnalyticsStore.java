package com.focusflow.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import com.focusflow.api.FocusFlowException;

/** The {@code daily_analytics} table, through fixed SQL statements (dates as ISO text, which sorts by date). */
public final class AnalyticsStore {

    private static final String COLUMNS = "date, total_focus_seconds, sessions_started, sessions_completed, "
            + "blocked_attempts, longest_session_seconds";
    private static final String SELECT_RANGE = "SELECT " + COLUMNS
            + " FROM daily_analytics WHERE date >= ? AND date <= ? ORDER BY date";
    private static final String SELECT_DOWN_FROM = "SELECT " + COLUMNS
            + " FROM daily_analytics WHERE date <= ? ORDER BY date DESC";
    private static final String UPSERT_SESSIONS = "INSERT INTO daily_analytics (date, total_focus_seconds, "
            + "sessions_started, sessions_completed, longest_session_seconds, productivity_score) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (date) DO UPDATE SET total_focus_seconds = excluded.total_focus_seconds, "
            + "sessions_started = excluded.sessions_started, sessions_completed = excluded.sessions_completed, "
            + "longest_session_seconds = excluded.longest_session_seconds, productivity_score = excluded.productivity_score";
    private static final String ADD_BLOCKED = "INSERT INTO daily_analytics (date, blocked_attempts) VALUES (?, 1) "
            + "ON CONFLICT (date) DO UPDATE SET blocked_attempts = blocked_attempts + 1";
    private static final String SET_SCORE = "UPDATE daily_analytics SET productivity_score = ? WHERE date = ?";

    private final DataSource database;

    public AnalyticsStore(DataSource database) {
        this.database = database;
    }

    /** The stored rows of {@code from..to}; days without a row are missing. */
    Map<LocalDate, DayTotals> read(LocalDate from, LocalDate to) {
        Map<LocalDate, DayTotals> rows = new TreeMap<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(SELECT_RANGE)) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    DayTotals day = row(r);
                    rows.put(day.date(), day);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not read the statistics: %s", e.getMessage());
        }
    }

    /** Stored days up to {@code asOf}, newest first, while {@code keepGoing} accepts them. */
    void walkBack(LocalDate asOf, java.util.function.Predicate<DayTotals> keepGoing) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(SELECT_DOWN_FROM)) {
            s.setString(1, asOf.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next() && keepGoing.test(row(r))) {
                    // the predicate does the work
                }
            }
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not read the statistics: %s", e.getMessage());
        }
    }

    /** Writes the session columns and the score of each day in one transaction; blocked attempts stay. */
    void writeSessions(Collection<DayTotals> days, ToIntFunction<DayTotals> score) {
        try (Connection c = database.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(UPSERT_SESSIONS)) {
                for (DayTotals d : days) {
                    s.setString(1, d.date().toString());
                    s.setLong(2, d.focusSeconds());
                    s.setInt(3, d.sessionsStarted());
                    s.setInt(4, d.sessionsCompleted());
                    s.setLong(5, d.longestSessionSeconds());
                    s.setInt(6, score.applyAsInt(d));
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not write the statistics: %s", e.getMessage());
        }
    }

    /** Counts one blocked attempt on {@code date}. */
    void addBlockedAttempt(LocalDate date) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(ADD_BLOCKED)) {
            s.setString(1, date.toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not count a blocked attempt: %s", e.getMessage());
        }
    }

    void writeScore(LocalDate date, int score) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(SET_SCORE)) {
            s.setInt(1, score);
            s.setString(2, date.toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not write the score: %s", e.getMessage());
        }
    }

    private static DayTotals row(ResultSet r) throws SQLException {
        return new DayTotals(LocalDate.parse(r.getString(1)), r.getLong(2), r.getInt(3), r.getInt(4), r.getInt(5),
                r.getLong(6));
    }
}
