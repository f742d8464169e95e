package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.persistence.internal.migration.MigrationReport;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/** The mapping, the stored representation and the schema upgrades, on real SQLite files. */
class SessionStoreTest {

    @TempDir
    Path dir;
    final List<SessionStore> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(SessionStore::close);
    }

    SessionStore store(TestDatabase db) {
        SessionStore store = db.store();
        stores.add(store);
        return store;
    }

    @Test
    void everyFieldRoundTripsAndInstantsAreStoredAsUtcEpochMillis() throws Exception {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
        try {
            TestDatabase db = TestDatabase.at(dir.resolve("a.db")).migrated();
            SessionStore store = store(db);
            Instant start = Instant.parse("2026-03-29T00:59:59.987Z");
            store.insert(SessionEntity.running(new RunningSession("id-1", SessionType.BREAK, start, 720, true,
                    "naïve label ✓", 0, 0)));
            store.checkpoint("id-1", 42, start.plusSeconds(45));
            assertThat(store.find("id-1").orElseThrow().toSession()).isEqualTo(new Session("id-1", SessionType.BREAK,
                    start, null, 720, 42, 43_158L, false, true, "naïve label ✓"));

            assertThat(store.end("id-1", start.plusSeconds(43_200), 43_200, true)).isTrue();
            assertThat(store.end("id-1", start, 0, false)).as("ends only once").isFalse();

            Session read = store(db).find("id-1").orElseThrow().toSession();
            assertThat(read).isEqualTo(new Session("id-1", SessionType.BREAK, start, start.plusSeconds(43_200), 720,
                    43_200, null, true, true, "naïve label ✓"));
            assertThat(raw(db, "SELECT typeof(start_time) || ' ' || start_time || ' ' || end_time || ' ' || session_type "
                    + "|| ' ' || completed || ' ' || strict FROM sessions"))
                    .isEqualTo("integer " + start.toEpochMilli() + " " + start.plusSeconds(43_200).toEpochMilli()
                            + " break 1 1");
        } finally {
            TimeZone.setDefault(original);
        }
    }

    /**
     * Another program holds the database's write lock (a second FocusFlow, a SQLite browser): a write fails once
     * the busy wait is over with FocusFlow's DATABASE error naming the store and the reason, and nothing is
     * written. The import's plan begins its transaction through the JDBC connection, where EclipseLink threw its
     * own exception (not a JPA one) and the rollback after it another: that reached the caller raw.
     */
    @Test
    void aWriteWhileAnotherProgramHoldsTheLockIsADatabaseErrorThatSaysSo() throws Exception {
        TestDatabase db = TestDatabase.at(dir.resolve("locked.db"), 200).migrated();
        SessionStore store = store(db);
        Instant start = Instant.parse("2026-12-05T10:00:00Z");
        try (Connection other = db.dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                assertThatThrownBy(() -> store.insert(SessionEntity.running(new RunningSession("id-locked", SessionType.FOCUS,
                        start, 25, false, null, 0, 0))))
                        .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATABASE))
                        .hasMessageContaining("session database").hasMessageContaining("locked");
                assertThatThrownBy(() -> store.plan(List.of(new Session("id-imported", SessionType.FOCUS, start,
                        start.plusSeconds(1_500), 25, 1_500, null, true, false, null)), new byte[32]))
                        .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATABASE))
                        .hasMessageContaining("session database").hasMessageContaining("locked");
            } finally {
                s.execute("ROLLBACK");
            }
        }
        assertThat(db.count("SELECT COUNT(*) FROM sessions")).isZero();
    }

    @Test
    void pagesAreCutInSqlNotBySkippingRows() {
        TestDatabase db = TestDatabase.at(dir.resolve("b.db")).migrated();
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(SessionManager.UNIT,
                Map.of("javax.persistence.nonJtaDataSource", db.dataSource));
        EntityManager em = emf.createEntityManager();
        try {
            TypedQuery<SessionEntity> q = em.createNamedQuery(SessionEntity.PAGE, SessionEntity.class)
                    .setParameter("from", SessionStore.NO_LOWER_BOUND).setParameter("to", SessionStore.NO_UPPER_BOUND)
                    .setFirstResult(40).setMaxResults(10);
            q.getResultList();
            assertThat(q.unwrap(JpaQuery.class).getDatabaseQuery().getSQLString()).endsWith("LIMIT ?, ?");
        } finally {
            em.close();
            emf.close();
        }
    }

    @Test
    void upgradingAFirstVersionDatabaseKeepsEveryRow() throws Exception {
        TestDatabase db = TestDatabase.at(dir.resolve("v1.db")).migratedTo(1);
        db.execute("INSERT INTO sessions VALUES ('old-1', 1767258000000, 1767259500000, 25, 1500, 'focus', 1)",
                "INSERT INTO sessions VALUES ('old-2', 1767260000000, 1767260300000, 5, 300, 'break', 1)",
                "INSERT INTO sessions VALUES ('old-3', 1767261000000, 1767261600000, 50, 600, 'custom', 0)",
                "INSERT INTO sessions VALUES ('old-4', 1767262000000, NULL, 25, 120, 'focus', 0)");

        MigrationReport report = new SchemaMigrator(SessionManager.MODULE, TestDatabase.scripts()).migrate(db.dataSource);

        assertThat(report.fromVersion()).isEqualTo(1);
        assertThat(report.applied()).containsExactly(2, 3, 4);
        SessionStore store = store(db);
        assertThat(store.find("old-1").orElseThrow().toSession()).isEqualTo(new Session("old-1", SessionType.FOCUS,
                Instant.ofEpochMilli(1767258000000L), Instant.ofEpochMilli(1767259500000L), 25, 1500, null, true, false, null));
        assertThat(store.find("old-3").orElseThrow().toSession().completed()).isFalse();
        assertThat(store.running()).extracting(SessionEntity::id).containsExactly("old-4");
        assertThat(store.count(SessionStore.NO_LOWER_BOUND, SessionStore.NO_UPPER_BOUND)).isEqualTo(4);
        assertThatThrownBy(() -> db.execute("INSERT INTO sessions (id, start_time, planned_duration_minutes, session_type) "
                + "VALUES ('second-running', 1767263000000, 25, 'focus')"))
                .as("the database allows one running session only").hasMessageContaining("UNIQUE");
    }

    /** An ended session as a file of schema version 2 or 3 holds it (the columns V1 and V2 made). */
    static final String ENDED_IN_A_SECOND_VERSION_FILE = "INSERT INTO sessions (id, start_time, end_time, "
            + "planned_duration_minutes, actual_duration_seconds, session_type, completed) "
            + "VALUES ('old-1', 1767258000000, 1767259500000, 25, 1500, 'focus', 1)";

    /**
     * Version 3 adds the write version an import's shortcut relies on: on a file of version 2 it starts at 0 with
     * nothing merged, and from then on every insert, update and delete of a session, whatever runs it, bumps it.
     */
    @Test
    void upgradingASecondVersionDatabaseCountsEveryWriteFromThenOn() throws Exception {
        TestDatabase db = TestDatabase.at(dir.resolve("v2.db")).migratedTo(2);
        db.execute(ENDED_IN_A_SECOND_VERSION_FILE);

        MigrationReport report = new SchemaMigrator(SessionManager.MODULE, TestDatabase.scripts()).migrate(db.dataSource);

        assertThat(report.fromVersion()).isEqualTo(2);
        assertThat(report.applied()).containsExactly(3, 4);
        assertThat(db.count("SELECT count(*) FROM session_writes WHERE id = 1 AND version = 0 AND merged_print IS NULL"))
                .as("one row, nothing merged yet").isEqualTo(1);
        String version = "SELECT version FROM session_writes";
        db.execute("INSERT INTO sessions (id, start_time, planned_duration_minutes, session_type) VALUES ('new', 1767263000000, 25, 'focus')");
        assertThat(db.count(version)).isEqualTo(1);
        db.execute("UPDATE sessions SET actual_duration_seconds = 60");
        assertThat(db.count(version)).as("one per row").isEqualTo(3);
        db.execute("DELETE FROM sessions WHERE id = 'old-1'");
        assertThat(db.count(version)).isEqualTo(4);
        SessionStore store = store(db);
        store.checkpoint("new", 120, Instant.ofEpochMilli(1767263120000L));
        assertThat(db.count(version)).as("through JPA too").isEqualTo(5);
        assertThat(store.holdsMerged(new byte[32])).as("nothing merged yet").isFalse();
        assertThatThrownBy(() -> db.execute("INSERT INTO session_writes (id, version) VALUES (2, 0)")).as("one row only")
                .hasMessageContaining("CHECK");
    }

    /**
     * Version 4 logs the ids of the sessions written since the items merged last: nothing while nothing is merged,
     * every id inserted, updated (both ids) or deleted once something is, each once.
     */
    @Test
    void upgradingAThirdVersionDatabaseLogsTheSessionsWrittenOnceSomethingIsMerged() throws Exception {
        TestDatabase db = TestDatabase.at(dir.resolve("v3.db")).migratedTo(3);
        db.execute(ENDED_IN_A_SECOND_VERSION_FILE);

        MigrationReport report = new SchemaMigrator(SessionManager.MODULE, TestDatabase.scripts()).migrate(db.dataSource);

        assertThat(report.applied()).containsExactly(4);
        String logged = "SELECT count(*) FROM sessions_written_since_merge";
        db.execute("UPDATE sessions SET actual_duration_seconds = 1400");
        assertThat(db.count(logged)).as("nothing merged: nothing logged").isZero();
        db.execute("UPDATE session_writes SET merged_print = zeroblob(32), merged_version = version");
        db.execute("INSERT INTO sessions (id, start_time, planned_duration_minutes, session_type) VALUES ('new', 1767263000000, 25, 'focus')",
                "UPDATE sessions SET actual_duration_seconds = 60 WHERE id = 'new'",
                "UPDATE sessions SET id = 'renamed' WHERE id = 'old-1'");
        assertThat(db.count(logged)).isEqualTo(3);
        db.execute("DELETE FROM sessions WHERE id = 'renamed'", "DELETE FROM sessions WHERE id = 'new'");
        assertThat(db.count("SELECT count(*) FROM sessions_written_since_merge WHERE id IN ('new', 'old-1', 'renamed')"))
                .isEqualTo(3);
    }

    @Test
    void anOldFileWithTwoRunningSessionsKeepsOnlyTheNewestRunning() throws Exception {
        TestDatabase db = TestDatabase.at(dir.resolve("v1-two.db")).migratedTo(1);
        db.execute("INSERT INTO sessions VALUES ('older', 1767258000000, NULL, 25, 600, 'focus', 0)",
                "INSERT INTO sessions VALUES ('newer', 1767260000000, NULL, 25, 60, 'focus', 0)");

        db.migrated();

        SessionStore store = store(db);
        assertThat(store.running()).extracting(SessionEntity::id).containsExactly("newer");
        Session older = store.find("older").orElseThrow().toSession();
        assertThat(older.endTime()).isEqualTo(Instant.ofEpochMilli(1767258000000L + 600_000));
        assertThat(older.actualSeconds()).isEqualTo(600);
    }

    @Test
    void theDatabaseRefusesWhatTheServiceWouldRefuse() {
        TestDatabase db = TestDatabase.at(dir.resolve("c.db")).migrated();
        for (String bad : List.of(
                "INSERT INTO sessions (id, start_time, planned_duration_minutes, session_type) VALUES ('a', 0, 0, 'focus')",
                "INSERT INTO sessions (id, start_time, planned_duration_minutes, session_type) VALUES ('a', 0, 721, 'focus')",
                "INSERT INTO sessions (id, start_time, planned_duration_minutes, session_type) VALUES ('a', 0, 25, 'nap')")) {
            assertThatThrownBy(() -> db.execute(bad)).as(bad).hasMessageContaining("CHECK");
        }
    }

    private static String raw(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
