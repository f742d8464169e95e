package com.focusflow.sync.internal.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.focusflow.api.FocusFlowException;

/** The {@code sync_settings} table, through fixed SQL statements. */
final class SettingsStore {

    private static final String SELECT_ALL = "SELECT pid, changed_at, portable_values FROM sync_settings";
    private static final String UPSERT = "INSERT INTO sync_settings (pid, changed_at, portable_values) VALUES (?, ?, ?) "
            + "ON CONFLICT (pid) DO UPDATE SET changed_at = excluded.changed_at, portable_values = excluded.portable_values";

    private final DataSource database;

    SettingsStore(DataSource database) {
        this.database = database;
    }

    /** Every recorded setting by PID, sorted. */
    Map<String, SettingState> all() {
        Map<String, SettingState> rows = new TreeMap<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(SELECT_ALL);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.put(r.getString(1), new SettingState(Instant.ofEpochMilli(r.getLong(2)), r.getString(3)));
            }
            return rows;
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not read when the settings changed: %s", e.getMessage());
        }
    }

    void put(String pid, SettingState state) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(UPSERT)) {
            s.setString(1, pid);
            s.setLong(2, state.changedAt().toEpochMilli());
            s.setString(3, state.values());
            s.executeUpdate();
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Could not record the change of %s: %s", pid, e.getMessage());
        }
    }
}
