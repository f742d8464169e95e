package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the first start prepares so that later starts need not: SQLite's native library unpacked once into the
 * persistence bundle's data area (sqlite-jdbc on its own unpacks it again at every start), and SCR's parsed
 * component descriptions, saved when it stops.
 */
class WarmStartTest {

    @Test
    void aWarmStartMapsTheSqliteLibraryTheFirstStartUnpackedAndReadsSavedComponentDescriptions() throws Exception {
        Path dir = Settings.scratch("warm-start");
        Path home = dir.resolve("home");
        Path hosts = HostsCheck.create(dir);
        Path kept;
        try (App app = App.start(home, hosts).awaitReady()) {
            kept = mappedSqliteLibrary(app);
            assertThat(kept).as("mapped from the persistence bundle's data area").startsWith(home.resolve("cache"));
            assertThat(kept.getParent().getFileName()).hasToString("sqlite-native");
            assertThat(unpackedBySqliteJdbc(home)).isEmpty();
            app.signal("TERM");
            assertThat(app.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(app.process.exitValue()).isZero();
        }
        List<Path> descriptions = componentDescriptions(home);
        assertThat(descriptions).as("SCR's saved component descriptions").singleElement()
                .satisfies(file -> assertThat(Files.size(file)).isPositive());
        Object inode = Files.getAttribute(kept, "unix:ino");

        try (App app = App.start(home, hosts).awaitReady()) {
            assertThat(mappedSqliteLibrary(app)).isEqualTo(kept);
            assertThat(Files.getAttribute(kept, "unix:ino")).as("the same file, not written again").isEqualTo(inode);
            assertThat(unpackedBySqliteJdbc(home)).isEmpty();
        }
    }

    /** The libsqlitejdbc the JVM has mapped (health UP means the database was opened, so it is loaded). */
    private static Path mappedSqliteLibrary(App app) throws IOException {
        try (Stream<String> maps = Files.lines(Path.of("/proc", Long.toString(app.process.pid()), "maps"))) {
            List<String> files = maps.map(line -> line.substring(line.indexOf('/') < 0 ? line.length() : line.indexOf('/')))
                    .filter(file -> file.endsWith("libsqlitejdbc.so")).distinct().toList();
            assertThat(files).as("SQLite's native library mapped once").hasSize(1);
            return Path.of(files.get(0));
        }
    }

    /** Copies sqlite-jdbc unpacked itself into the launcher's folder for it (org.sqlite.tmpdir). */
    private static List<Path> unpackedBySqliteJdbc(Path home) throws IOException {
        Path nativeDir = home.resolve("native");
        if (!Files.isDirectory(nativeDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(nativeDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("sqlite-")).toList();
        }
    }

    private static List<Path> componentDescriptions(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("cache"))) {
            return files.filter(f -> f.getFileName().toString().equals("componentMetadataStore")).toList();
        }
    }
}
