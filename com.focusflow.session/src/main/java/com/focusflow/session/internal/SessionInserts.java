package com.focusflow.session.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import com.focusflow.api.session.Session;

/**
 * Adds an import's new sessions as JDBC batches on the connection of the import's own transaction. Through
 * {@code persist} EclipseLink spent half of a 100,000-session import building change sets and cache keys
 * for rows it never reads again; the rows are the same (columns as {@link SessionEntity} maps them). A row
 * whose id exists fails the statement, and with it the whole transaction: nothing of the import is written.
 */
final class SessionInserts {

    static final String INSERT = "INSERT INTO sessions (id, start_time, end_time, planned_duration_minutes, "
            + "actual_duration_seconds, session_type, completed, strict, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private SessionInserts() {
    }

    /** Inserts {@code sessions} in the transaction {@code em} has begun. */
    static void insert(EntityManager em, List<Session> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Session s : sessions) {
                insert.setString(1, s.id());
                insert.setLong(2, s.startTime().toEpochMilli());
                if (s.endTime() == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setLong(3, s.endTime().toEpochMilli());
                }
                insert.setInt(4, s.plannedMinutes());
                insert.setLong(5, s.actualSeconds());
                insert.setString(6, s.type().value());
                insert.setInt(7, s.completed() ? 1 : 0);
                insert.setInt(8, s.strict() ? 1 : 0);
                insert.setString(9, s.label());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("adding imported sessions failed: " + e.getMessage(), e);
        }
    }
}
