package com.focusflow.session.internal;

import java.util.Map;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import com.focusflow.persistence.internal.migration.MigrationScript;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/** The sessions unit as it runs in FocusFlow (same scripts, same JPA unit and properties) on a temp file. */
final class TestDatabase {

    final DataSource dataSource;

    private TestDatabase(Path file, int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(busyTimeoutMillis);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        this.dataSource = ds;
    }

    static TestDatabase at(Path file) {
        return new TestDatabase(file, 10_000);
    }

    /** With a short wait for the write lock: for tests that hold it on purpose, to see who needs it. */
    static TestDatabase at(Path file, int busyTimeoutMillis) {
        return new TestDatabase(file, busyTimeoutMillis);
    }

    static List<MigrationScript> scripts() {
        return MigrationScripts.fromCodeSource(SessionEntity.class, MigrationScripts.DEFAULT_FOLDER);
    }

    TestDatabase migrated() {
        new SchemaMigrator(SessionManager.MODULE, scripts()).migrate(dataSource);
        return this;
    }

    /** As an older FocusFlow left it: only the first {@code versions} migrations applied. */
    TestDatabase migratedTo(int versions) {
        new SchemaMigrator(SessionManager.MODULE, scripts().subList(0, versions)).migrate(dataSource);
        return this;
    }

    SessionStore store() {
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(SessionManager.UNIT,
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        return new SessionStore(emf);
    }

    long count(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
