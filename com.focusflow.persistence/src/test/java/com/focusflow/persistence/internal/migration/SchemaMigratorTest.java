package com.focusflow.persistence.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

class SchemaMigratorTest {

    static final MigrationScript V1 = MigrationScript.of("V1__create_notes.sql",
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);\nINSERT INTO notes VALUES (1, 'a;b');");
    static final MigrationScript V2 = MigrationScript.of("V2__add_tag.sql", "ALTER TABLE notes ADD COLUMN tag TEXT;");
    static final MigrationScript V3 = MigrationScript.of("V3__create_tags.sql", "CREATE TABLE tags (name TEXT PRIMARY KEY);");

    @TempDir
    Path dir;
    DataSource ds;

    @BeforeEach
    void open() {
        ds = TestDatabase.at(dir.resolve("test.db"));
    }

    @Test
    void freshDatabaseGetsEveryScriptInOrderAndARowPerVersion() throws Exception {
        MigrationReport report = new SchemaMigrator("notes", List.of(V1, V2)).migrate(ds);

        assertThat(report.fromVersion()).isZero();
        assertThat(report.toVersion()).isEqualTo(2);
        assertThat(report.applied()).containsExactly(1, 2);
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM notes WHERE tag IS NULL")).isEqualTo(1);
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM schema_version WHERE module = 'notes'")).isEqualTo(2);
    }

    @Test
    void upToDateDatabaseIsOnlyChecked() {
        new SchemaMigrator("notes", List.of(V1, V2)).migrate(ds);

        MigrationReport again = new SchemaMigrator("notes", List.of(V1, V2)).migrate(ds);

        assertThat(again.upToDate()).isTrue();
        assertThat(again.fromVersion()).isEqualTo(2);
        assertThat(again.toVersion()).isEqualTo(2);
    }

    @Test
    void aNewScriptIsAppliedAloneAndKeepsTheRows() throws Exception {
        new SchemaMigrator("notes", List.of(V1)).migrate(ds);
        TestDatabase.execute(ds, "INSERT INTO notes VALUES (2, 'kept')");

        MigrationReport report = new SchemaMigrator("notes", List.of(V1, V2, V3)).migrate(ds);

        assertThat(report.fromVersion()).isEqualTo(1);
        assertThat(report.applied()).containsExactly(2, 3);
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM notes")).isEqualTo(2);
    }

    @Test
    void modulesAreVersionedIndependently() throws Exception {
        new SchemaMigrator("notes", List.of(V1, V2)).migrate(ds);
        MigrationReport other = new SchemaMigrator("tags", List.of(MigrationScript.of("V1__tags.sql",
                "CREATE TABLE other_tags (name TEXT)"))).migrate(ds);

        assertThat(other.applied()).containsExactly(1);
        assertThat(TestDatabase.count(ds, "SELECT max(version) FROM schema_version WHERE module = 'notes'")).isEqualTo(2);
    }

    @Test
    void aFailingScriptLeavesThePreviousVersionWhole() throws Exception {
        new SchemaMigrator("notes", List.of(V1)).migrate(ds);
        MigrationScript broken = MigrationScript.of("V2__broken.sql",
                "CREATE TABLE half (id INTEGER);\nINSERT INTO no_such_table VALUES (1);");

        assertThatThrownBy(() -> new SchemaMigrator("notes", List.of(V1, broken)).migrate(ds))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATABASE))
                .hasMessageContaining("V2__broken.sql").hasMessageContaining("no_such_table");
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM sqlite_master WHERE name = 'half'")).isZero();
        assertThat(TestDatabase.count(ds, "SELECT max(version) FROM schema_version")).isEqualTo(1);
    }

    @Test
    void aScriptChangedAfterItRanIsRefused() {
        new SchemaMigrator("notes", List.of(V1)).migrate(ds);
        MigrationScript edited = MigrationScript.of("V1__create_notes.sql", V1.sql() + "\n-- edited");

        assertThatThrownBy(() -> new SchemaMigrator("notes", List.of(edited)).migrate(ds))
                .isInstanceOf(FocusFlowException.class).hasMessageContaining("V1__create_notes.sql").hasMessageContaining("was changed after it was applied");
    }

    @Test
    void lineEndingsDoNotChangeTheChecksum() {
        assertThat(MigrationScript.of("V1__x.sql", "A;\r\nB;").checksum())
                .isEqualTo(MigrationScript.of("V1__x.sql", "A;\nB;").checksum());
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedUntouched() throws Exception {
        new SchemaMigrator("notes", List.of(V1, V2, V3)).migrate(ds);

        assertThatThrownBy(() -> new SchemaMigrator("notes", List.of(V1, V2)).migrate(ds))
                .isInstanceOf(FocusFlowException.class).hasMessageContaining("newer FocusFlow");
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM schema_version")).isEqualTo(3);
    }

    @Test
    void versionsMustBeContiguous() {
        assertThatThrownBy(() -> new SchemaMigrator("notes", List.of(V1, V3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without gaps");
    }

    @Test
    void concurrentRunnersApplyEachVersionOnce() throws Exception {
        // The file is switched to WAL by its first connection, as FocusFlow's pool does at start: four first
        // connections at once race for that switch, which SQLite refuses at once (SQLITE_BUSY; seen in CI).
        TestDatabase.count(ds, "SELECT 1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<MigrationReport>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> new SchemaMigrator("notes", List.of(V1, V2, V3)).migrate(ds));
            }
            List<Integer> applied = new ArrayList<>();
            for (Future<MigrationReport> run : pool.invokeAll(runs)) {
                applied.addAll(run.get().applied());
            }
            assertThat(applied).containsExactlyInAnyOrder(1, 2, 3);
            assertThat(TestDatabase.count(ds, "SELECT count(*) FROM notes")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
