package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.PersistenceException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

/** The import's JDBC rows on a real SQLite file: lookup by bound ids, batch insert and replace. */
class ImportRowsTest {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    @TempDir
    Path dir;
    TestDatabase db;

    @BeforeEach
    void database() throws Exception {
        db = TestDatabase.at(dir.resolve("focusflow.db")).migrated();
        db.execute("INSERT INTO sessions (id, start_time, end_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type, completed, strict, label, checkpoint_time) VALUES ('a', " + T0.toEpochMilli() + ", "
                + T0.plusSeconds(900).toEpochMilli() + ", 25, 900, 'focus', 0, 1, 'writing', " + T0.toEpochMilli() + ")",
                "INSERT INTO sessions (id, start_time, planned_duration_minutes, actual_duration_seconds, session_type) "
                        + "VALUES ('running', " + T0.plusSeconds(7_200).toEpochMilli() + ", 25, 60, 'break')");
    }

    @Test
    void theLookupFindsExactlyTheStoredOnesAmongTheIdsAndReadsEveryField() throws Exception {
        try (Connection c = db.dataSource.getConnection(); ImportRows rows = ImportRows.on(c)) {
            Map<String, Session> found = rows.find(List.of("missing", "a", "running", "a' OR '1'='1"));

            assertThat(found).containsOnlyKeys("a", "running");
            assertThat(found.get("a")).isEqualTo(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(900), 25, 900, null,
                    false, true, "writing"));
            assertThat(found.get("running")).isEqualTo(new Session("running", SessionType.BREAK, T0.plusSeconds(7_200), null,
                    25, 60, 1_440L, false, false, null));
            assertThat(rows.find(List.of())).isEmpty();
        }
    }

    @Test
    void aFullChunkIsOneLookupAndALargerOneIsRefused() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ImportRows.LOOKUP_SIZE - 1; i++) {
            ids.add("x" + i);
        }
        ids.add("a");
        try (Connection c = db.dataSource.getConnection(); ImportRows rows = ImportRows.on(c)) {
            assertThat(rows.find(ids)).containsOnlyKeys("a");
            ids.add("running");
            assertThatThrownBy(() -> rows.find(ids)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void insertAddsRowsAndUpdateReplacesEveryStoredFieldWithTheCheckpointAtTheEnd() throws Exception {
        Session added = new Session("b", SessionType.CUSTOM, T0.plusSeconds(3_600), T0.plusSeconds(5_100), 25, 1_500, null,
                true, false, null);
        Session replaced = new Session("a", SessionType.BREAK, T0.plusSeconds(1), T0.plusSeconds(1_501), 30, 1_500, null, true,
                false, "reading");
        try (Connection c = db.dataSource.getConnection(); ImportRows rows = ImportRows.on(c)) {
            rows.insert(List.of(added));
            rows.update(List.of(replaced));

            assertThat(rows.find(List.of("a", "b"))).containsEntry("a", replaced).containsEntry("b", added);
        }
        assertThat(column("SELECT checkpoint_time FROM sessions WHERE id = 'a'")).isEqualTo(T0.plusSeconds(1_501).toEpochMilli());
    }

    @Test
    void aRowThatIsNotThereFailsTheUpdateAndAnIdThatIsFailsTheInsert() throws Exception {
        Session gone = new Session("gone", SessionType.FOCUS, T0, T0.plusSeconds(60), 25, 60, null, false, false, null);
        Session a = new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(60), 25, 60, null, false, false, null);
        try (Connection c = db.dataSource.getConnection(); ImportRows rows = ImportRows.on(c)) {
            assertThatThrownBy(() -> rows.update(List.of(gone))).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("replacing imported sessions failed");
            assertThatThrownBy(() -> rows.insert(List.of(a))).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("adding imported sessions failed");
        }
    }

    @Test
    void theImportWorksWithALargePageCacheAndLeavesTheConnectionWithItsOwn() throws Exception {
        try (Connection c = db.dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -1234");
            }
            try (ImportRows rows = ImportRows.on(c)) {
                assertThat(cacheSize(c)).isEqualTo(-ImportRows.IMPORT_CACHE_KIB);
            }
            assertThat(cacheSize(c)).isEqualTo(-1234);
        }
    }

    private static int cacheSize(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA cache_size")) {
            r.next();
            return r.getInt(1);
        }
    }

    private long column(String sql) throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
