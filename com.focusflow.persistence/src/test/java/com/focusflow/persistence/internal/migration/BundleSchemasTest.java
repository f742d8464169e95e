package com.focusflow.persistence.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;

/** The extender's logic against a real SQLite file; the migration thread is a queue the test runs. */
class BundleSchemasTest {

    static final MigrationScript V1 = SchemaMigratorTest.V1;
    static final MigrationScript V2 = SchemaMigratorTest.V2;
    static final MigrationScript BROKEN = MigrationScript.of("V2__broken.sql", "ALTER TABLE no_such_table ADD COLUMN x TEXT;");

    @TempDir
    Path dir;
    DataSource ds;
    final Queue<Runnable> migrationThread = new ArrayDeque<>();
    final Executor executor = migrationThread::add;
    /** Retries asked for, with their delays; {@link #retry()} moves them to the migration thread. */
    final Queue<Runnable> retries = new ArrayDeque<>();
    final List<Duration> retryDelays = new ArrayList<>();
    final BundleSchemas.Later later = (task, delay) -> {
        retries.add(task);
        retryDelays.add(delay);
    };
    /** Markers registered now, as "schema@version". */
    final List<String> markers = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    BundleSchemas schemas;

    @BeforeEach
    void open() {
        ds = TestDatabase.at(dir.resolve("test.db"));
        schemas = new BundleSchemas(ds, executor, later, this::register);
    }

    private Runnable register(String schema, int version) {
        String marker = schema + "@" + version;
        markers.add(marker);
        log.add("+" + marker);
        return () -> {
            markers.remove(marker);
            log.add("-" + marker);
        };
    }

    private void runMigrations() {
        while (!migrationThread.isEmpty()) {
            migrationThread.poll().run();
        }
    }

    private void retry() {
        migrationThread.addAll(retries);
        retries.clear();
        runMigrations();
    }

    @Test
    void markerComesOnlyAfterTheMigrationOnTheMigrationThread() throws Exception {
        schemas.add("com.example.notes", () -> List.of(V1, V2));

        assertThat(markers).as("nothing before the migration thread ran").isEmpty();
        assertThat(schemas.health()).containsExactly(new HealthItem("schema com.example.notes", HealthStatus.STARTING,
                "the tables of com.example.notes are being migrated"));

        runMigrations();

        assertThat(markers).containsExactly("com.example.notes@2");
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM notes WHERE tag IS NULL")).isEqualTo(1);
        assertThat(schemas.health()).containsExactly(HealthItem.up("schemas"));
    }

    @Test
    void stoppedBundleLosesItsMarker() {
        BundleSchemas.Schema notes = schemas.add("com.example.notes", () -> List.of(V1));
        runMigrations();

        schemas.remove(notes);

        assertThat(markers).isEmpty();
        assertThat(log).containsExactly("+com.example.notes@1", "-com.example.notes@1");
    }

    @Test
    void bundleStoppedBeforeItsTurnIsNeitherMigratedNorMarked() throws Exception {
        BundleSchemas.Schema notes = schemas.add("com.example.notes", () -> List.of(V1));

        schemas.remove(notes);
        runMigrations();

        assertThat(log).isEmpty();
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM sqlite_master WHERE name = 'notes'")).isZero();
    }

    @Test
    void bundleStoppedWhileItsMarkerIsRegisteredEndsWithoutMarker() {
        AtomicReference<BundleSchemas.Schema> handle = new AtomicReference<>();
        schemas = new BundleSchemas(ds, executor, later, (schema, version) -> {
            Runnable unregister = register(schema, version);
            schemas.remove(handle.get()); // the bundle stops on another thread just now
            return unregister;
        });
        handle.set(schemas.add("com.example.notes", () -> List.of(V1)));

        runMigrations();

        assertThat(markers).isEmpty();
        assertThat(log).containsExactly("+com.example.notes@1", "-com.example.notes@1");
    }

    @Test
    void updatedBundleIsMigratedAgainToItsNewScripts() {
        schemas.add("com.example.notes", () -> List.of(V1));
        runMigrations();

        schemas.add("com.example.notes", () -> List.of(V1, V2)); // the tracker sees the new revision
        runMigrations();

        assertThat(log).containsExactly("+com.example.notes@1", "-com.example.notes@1", "+com.example.notes@2");
    }

    @Test
    void failedMigrationRegistersNothingAndHealthNamesTheBundleAndTheError() throws Exception {
        BundleSchemas.Schema notes = schemas.add("com.example.notes", () -> List.of(V1, BROKEN));
        schemas.add("com.example.other", () -> List.of(MigrationScript.of("V1__create_other.sql",
                "CREATE TABLE other (id INTEGER PRIMARY KEY);")));

        runMigrations();

        assertThat(markers).containsExactly("com.example.other@1");
        assertThat(schemas.health()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("schema com.example.notes");
            assertThat(item.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(item.message()).contains("com.example.notes", "V2__broken.sql", "no_such_table");
        });
        assertThat(TestDatabase.count(ds, "SELECT count(*) FROM schema_version WHERE module = 'com.example.notes'"))
                .as("V1 stays applied, V2 rolled back").isEqualTo(1);

        schemas.remove(notes);
        assertThat(schemas.health()).containsExactly(HealthItem.up("schemas"));
        retry();
        assertThat(markers).as("a removed bundle is not tried again").containsExactly("com.example.other@1");
    }

    @Test
    void failedMigrationIsTriedAgainLaterAndGetsItsMarkerOnceTheCauseIsGone() {
        AtomicInteger attempts = new AtomicInteger();
        schemas.add("com.example.notes", () -> {
            if (attempts.incrementAndGet() <= 3) { // e.g. another program holds the database's lock
                throw new IllegalStateException("database is locked");
            }
            return List.of(V1);
        });

        runMigrations();
        retry();
        retry();
        assertThat(markers).isEmpty();
        assertThat(schemas.health()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(item.message()).contains("trying again", "database is locked");
        });
        retry();

        assertThat(markers).containsExactly("com.example.notes@1");
        assertThat(retryDelays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(schemas.health()).containsExactly(HealthItem.up("schemas"));
    }

    @Test
    void unreadableScriptsAreAFailedMigration() {
        schemas.add("com.example.notes", () -> {
            throw new IllegalArgumentException("Migration file 'V1.sql' is not named V<version>__<description>.sql");
        });

        runMigrations();

        assertThat(markers).isEmpty();
        assertThat(schemas.health()).singleElement()
                .satisfies(item -> assertThat(item.message()).contains("com.example.notes", "V1.sql"));
    }
}
