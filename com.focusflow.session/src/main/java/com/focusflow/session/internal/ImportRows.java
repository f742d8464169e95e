package com.focusflow.session.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.PersistenceException;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

/**
 * The rows an import reads and writes, in plain JDBC on the connection of the import's own transaction, with
 * three fixed statements prepared once per import. Through JPA the id lookup was half of a re-import of an
 * unchanged 100,000-session file (EclipseLink building the SQL of each {@code IN} list and an entity per row),
 * and {@code persist} half of a first import (change sets and cache keys for rows it never reads again). The
 * columns are those {@link SessionEntity} maps; the unit has no shared cache, so nothing is served stale.
 */
final class ImportRows implements AutoCloseable {

    /** Ids per lookup: the lookup's fixed number of parameters (SQLite binds at most 32,766). */
    static final int LOOKUP_SIZE = 500;

    static final String COLUMNS = "id, start_time, end_time, planned_duration_minutes, actual_duration_seconds, "
            + "session_type, completed, strict, label";
    /** One statement for every chunk: a shorter chunk binds NULL to the rest ({@code id IN (NULL)} matches nothing). */
    static final String LOOKUP = "SELECT " + COLUMNS + " FROM sessions WHERE id IN ("
            + String.join(", ", Collections.nCopies(LOOKUP_SIZE, "?")) + ")";
    static final String INSERT = "INSERT INTO sessions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** A more complete version replaces every stored field; its checkpoint is its end (it is not running). */
    static final String UPDATE = "UPDATE sessions SET start_time = ?, end_time = ?, planned_duration_minutes = ?, "
            + "actual_duration_seconds = ?, session_type = ?, completed = ?, strict = ?, label = ?, checkpoint_time = ? "
            + "WHERE id = ?";

    private final PreparedStatement lookup;
    private final PreparedStatement insert;
    private final PreparedStatement update;

    private ImportRows(PreparedStatement lookup, PreparedStatement insert, PreparedStatement update) {
        this.lookup = lookup;
        this.insert = insert;
        this.update = update;
    }

    /** @param connection the connection of a transaction that has begun; stays open */
    static ImportRows on(Connection connection) {
        PreparedStatement lookup = null;
        PreparedStatement insert = null;
        try {
            lookup = connection.prepareStatement(LOOKUP);
            insert = connection.prepareStatement(INSERT);
            return new ImportRows(lookup, insert, connection.prepareStatement(UPDATE));
        } catch (SQLException e) {
            new ImportRows(lookup, insert, null).close();
            throw failed("preparing the import's statements", e);
        }
    }

    /** The stored sessions among {@code ids} (at most {@link #LOOKUP_SIZE}), by id, as {@link SessionEntity#toSession}. */
    Map<String, Session> find(List<String> ids) {
        if (ids.size() > LOOKUP_SIZE) {
            throw new IllegalArgumentException(ids.size() + " ids, at most " + LOOKUP_SIZE);
        }
        try {
            for (int i = 0; i < LOOKUP_SIZE; i++) {
                lookup.setString(i + 1, i < ids.size() ? ids.get(i) : null);
            }
            Map<String, Session> found = new HashMap<>();
            try (ResultSet rows = lookup.executeQuery()) {
                while (rows.next()) {
                    Session s = session(rows);
                    found.put(s.id(), s);
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed("looking the imported sessions up", e);
        }
    }

    /** Adds {@code sessions} as one JDBC batch; an id that exists fails the statement, and the transaction. */
    void insert(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        try {
            for (Session s : sessions) {
                insert.setString(1, s.id());
                bindFields(insert, 2, s);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw failed("adding imported sessions", e);
        }
    }

    /** Replaces the stored sessions with the same ids by {@code sessions} (ended ones), as one JDBC batch. */
    void update(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        try {
            for (Session s : sessions) {
                int next = bindFields(update, 1, s);
                setMillis(update, next, s.endTime());
                update.setString(next + 1, s.id());
                update.addBatch();
            }
            for (int count : update.executeBatch()) {
                if (count != 1) {
                    throw new SQLException("a session to replace is not there any more");
                }
            }
        } catch (SQLException e) {
            throw failed("replacing imported sessions", e);
        }
    }

    /** Binds every column after the id, from {@code first}; returns the next parameter index. */
    private static int bindFields(PreparedStatement statement, int first, Session s) throws SQLException {
        statement.setLong(first, s.startTime().toEpochMilli());
        setMillis(statement, first + 1, s.endTime());
        statement.setInt(first + 2, s.plannedMinutes());
        statement.setLong(first + 3, s.actualSeconds());
        statement.setString(first + 4, s.type().value());
        statement.setInt(first + 5, s.completed() ? 1 : 0);
        statement.setInt(first + 6, s.strict() ? 1 : 0);
        statement.setString(first + 7, s.label());
        return first + 8;
    }

    private static void setMillis(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    private static Session session(ResultSet row) throws SQLException {
        long endMillis = row.getLong(3);
        Instant end = row.wasNull() ? null : Instant.ofEpochMilli(endMillis);
        int planned = row.getInt(4);
        long actual = row.getLong(5);
        Long remaining = end == null ? Math.max(0, planned * 60L - actual) : null;
        return new Session(row.getString(1), SessionType.parse(row.getString(6)), Instant.ofEpochMilli(row.getLong(2)), end,
                planned, actual, remaining, row.getInt(7) != 0, row.getInt(8) != 0, row.getString(9));
    }

    @Override
    public void close() {
        for (PreparedStatement statement : new PreparedStatement[] { lookup, insert, update }) {
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException e) {
                // closing a statement of a transaction that is ending anyway
            }
        }
    }

    private static PersistenceException failed(String what, SQLException e) {
        return new PersistenceException(what + " failed: " + e.getMessage(), e);
    }
}
