package com.focusflow.session.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * <p>
 * While the statements are open the connection's page cache is {@value #IMPORT_CACHE_KIB} KiB instead of
 * SQLite's default 2 MiB, which a 100,000-session table and its indexes (about 17 MiB) outgrow: the inserts of
 * such an import then spilled and re-read pages and took twice as long (docs/benchmarks.md). Closing sets the
 * connection's own size again; SQLite frees the pages above it once the transaction has ended.
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
    /** The page cache while an import's statements are open, in KiB. */
    static final int IMPORT_CACHE_KIB = 32 * 1024;
    static final String CACHE_SIZE = "PRAGMA cache_size";
    static final String IMPORT_CACHE = CACHE_SIZE + " = -" + IMPORT_CACHE_KIB;
    static final String UPDATE = "UPDATE sessions SET start_time = ?, end_time = ?, planned_duration_minutes = ?, "
            + "actual_duration_seconds = ?, session_type = ?, completed = ?, strict = ?, label = ?, checkpoint_time = ? "
            + "WHERE id = ?";

    private final Connection connection;
    private final int ownCacheSize;
    private final PreparedStatement lookup;
    private final PreparedStatement insert;
    private final PreparedStatement update;

    private ImportRows(Connection connection, int ownCacheSize, PreparedStatement lookup, PreparedStatement insert,
            PreparedStatement update) {
        this.connection = connection;
        this.ownCacheSize = ownCacheSize;
        this.lookup = lookup;
        this.insert = insert;
        this.update = update;
    }

    /** @param connection the connection of a transaction that has begun; stays open */
    static ImportRows on(Connection connection) {
        int ownCacheSize;
        try (Statement pragma = connection.createStatement()) {
            try (ResultSet size = pragma.executeQuery(CACHE_SIZE)) {
                size.next();
                ownCacheSize = size.getInt(1);
            }
            pragma.execute(IMPORT_CACHE);
        } catch (SQLException e) {
            throw failed("sizing the import's page cache", e);
        }
        PreparedStatement lookup = null;
        PreparedStatement insert = null;
        try {
            lookup = connection.prepareStatement(LOOKUP);
            insert = connection.prepareStatement(INSERT);
            return new ImportRows(connection, ownCacheSize, lookup, insert, connection.prepareStatement(UPDATE));
        } catch (SQLException e) {
            new ImportRows(connection, ownCacheSize, lookup, insert, null).close();
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
        try (Statement pragma = connection.createStatement()) {
            // a PRAGMA's value cannot be bound: this is the whole number SQLite gave for the connection's own size
            pragma.execute(CACHE_SIZE + " = " + ownCacheSize);
        } catch (SQLException e) {
            // a connection that cannot run a PRAGMA is failing: the import's own error is the one to report
        }
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
