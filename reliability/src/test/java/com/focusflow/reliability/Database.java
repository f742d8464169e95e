package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Reads FocusFlow's SQLite file directly, while FocusFlow is not running (or beside it, read-only). */
final class Database {

    /** A stored session as the table holds it. */
    record Row(String id, Long endTime, boolean completed) {
    }

    private Database() {
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** {@code PRAGMA integrity_check} must answer exactly {@code ok}. */
    static void assertIntact(Path file) throws SQLException {
        try (Connection c = open(file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).as("PRAGMA integrity_check of %s", file).isEqualTo("ok");
            assertThat(r.next()).as("a single line from integrity_check").isFalse();
        }
    }

    /** Every session by id (the table's primary key keeps ids unique). */
    static Map<String, Row> sessions(Path file) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection c = open(file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, end_time, completed FROM sessions")) {
            while (r.next()) {
                long end = r.getLong(2);
                Row row = new Row(r.getString(1), r.wasNull() ? null : end, r.getInt(3) == 1);
                assertThat(rows.put(row.id(), row)).as("session %s twice", row.id()).isNull();
            }
        }
        return rows;
    }
}
