package com.focusflow.persistence.internal.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

/**
 * Brings one module's tables to the newest version of its scripts. Each pending script runs in its own
 * transaction together with its row in {@code schema_version}, so a failed script leaves the database at
 * the previous version. The write lock is taken before a version is checked and applied ({@code BEGIN
 * IMMEDIATE}), so two runners for the same module cannot both apply it.
 *
 * <p>Refuses to run (as {@code DATABASE}) when the database holds a version of the module that the scripts
 * do not have (written by a newer FocusFlow) or a script that changed after it was applied.
 */
public final class SchemaMigrator {

    static final String TABLE = "schema_version";

    private static final String TABLE_EXISTS = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?";
    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
            + "module TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL, checksum TEXT NOT NULL, "
            + "installed_at INTEGER NOT NULL, execution_ms INTEGER NOT NULL, PRIMARY KEY (module, version))";
    private static final String APPLIED = "SELECT version, checksum FROM schema_version WHERE module = ? ORDER BY version";
    private static final String IS_APPLIED = "SELECT count(*) FROM schema_version WHERE module = ? AND version = ?";
    private static final String RECORD = "INSERT INTO schema_version "
            + "(module, version, description, checksum, installed_at, execution_ms) VALUES (?, ?, ?, ?, ?, ?)";

    private final String module;
    private final List<MigrationScript> scripts;

    /**
     * @param module the owner of the tables, e.g. the bundle's symbolic name
     * @param scripts its scripts; versions must be 1, 2, 3, ... without gaps (a missing file is a packaging bug)
     */
    public SchemaMigrator(String module, List<MigrationScript> scripts) {
        if (Objects.requireNonNull(module, "module").isBlank()) {
            throw new IllegalArgumentException("module must not be blank");
        }
        this.module = module;
        this.scripts = List.copyOf(scripts);
        for (int i = 0; i < this.scripts.size(); i++) {
            if (this.scripts.get(i).version() != i + 1) {
                throw new IllegalArgumentException(module + ": migration versions must be 1.." + this.scripts.size()
                        + " without gaps, in order; found V" + this.scripts.get(i).version() + " at position " + (i + 1));
            }
        }
    }

    /** The newest version the scripts define. */
    public int latestVersion() {
        return scripts.size();
    }

    /**
     * Applies every pending script.
     *
     * @throws FocusFlowException {@code DATABASE} if the database cannot be read or written, a script fails, or
     *         the database does not fit the scripts (newer, or a script changed)
     */
    public MigrationReport migrate(DataSource dataSource) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            TreeMap<Integer, String> applied = applied(connection);
            int from = applied.isEmpty() ? 0 : applied.lastKey();
            verify(applied);
            List<Integer> done = new ArrayList<>();
            for (MigrationScript script : scripts) {
                if (!applied.containsKey(script.version()) && apply(connection, script)) {
                    done.add(script.version());
                }
            }
            return new MigrationReport(module, from, Math.max(from, latestVersion()), done,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "Cannot migrate the tables of %s: %s", module, e.getMessage());
        }
    }

    private TreeMap<Integer, String> applied(Connection connection) throws SQLException {
        TreeMap<Integer, String> applied = new TreeMap<>();
        if (!tableExists(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_TABLE);
            }
            return applied;
        }
        try (PreparedStatement query = connection.prepareStatement(APPLIED)) {
            query.setString(1, module);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(TABLE_EXISTS)) {
            query.setString(1, TABLE);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }

    private void verify(Map<Integer, String> applied) {
        for (Map.Entry<Integer, String> row : applied.entrySet()) {
            int version = row.getKey();
            if (version > latestVersion()) {
                throw FocusFlowException.of(ErrorKind.DATABASE,
                        "The database has version %d of the %s tables, but this FocusFlow knows only up to %d: "
                                + "it was written by a newer FocusFlow. Update FocusFlow or restore an older backup.",
                        version, module, latestVersion());
            }
            MigrationScript script = scripts.get(version - 1);
            if (!script.checksum().equals(row.getValue())) {
                throw FocusFlowException.of(ErrorKind.DATABASE,
                        "Migration %s of %s was changed after it was applied to this database (checksum %s, applied %s)",
                        script.name(), module, script.checksum(), row.getValue());
            }
        }
    }

    /** @return false if another runner applied the script meanwhile */
    private boolean apply(Connection connection, MigrationScript script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                if (isApplied(connection, script.version())) {
                    statement.execute("ROLLBACK");
                    return false;
                }
                long start = System.nanoTime();
                for (String sql : script.statements()) {
                    statement.execute(sql);
                }
                record(connection, script, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                statement.execute("COMMIT");
                return true;
            } catch (SQLException | RuntimeException e) {
                rollback(statement, e);
                throw new SQLException(script.name() + " failed: " + e.getMessage(), e);
            }
        }
    }

    private boolean isApplied(Connection connection, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(IS_APPLIED)) {
            query.setString(1, module);
            query.setInt(2, version);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }

    private void record(Connection connection, MigrationScript script, long millis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, module);
            insert.setInt(2, script.version());
            insert.setString(3, script.description());
            insert.setString(4, script.checksum());
            insert.setLong(5, System.currentTimeMillis());
            insert.setLong(6, millis);
            insert.executeUpdate();
        }
    }

    private static void rollback(Statement statement, Exception cause) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
