package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What appears in the data dir while FocusFlow runs is narrowed whatever the umask. Entries are made with wide
 * modes aside and moved in, so the watcher only ever sees them wide (no race with the test's own chmod).
 */
class OwnerOnlyWatchTest {

    @TempDir
    Path tmp;

    @Test
    void filesAndFoldersThatAppearAreNarrowedLinksAreNot() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        Path aside = Files.createDirectories(tmp.resolve("aside"));
        Path elsewhere = wide(Files.writeString(tmp.resolve("mine.jar"), "mine"), "rw-r--r--");

        try (OwnerOnlyWatch watch = OwnerOnlyWatch.start(home).orElseThrow()) {
            Path db = moveIn(wide(Files.writeString(aside.resolve("focusflow.db"), "db"), "rw-r--r--"), home);
            // a new folder with content made before it could be watched (Felix's cache/bundle<n>/version0.0)
            Path bundle = wide(Files.createDirectories(aside.resolve("bundle9")), "rwxr-xr-x");
            Path version = wide(Files.createDirectories(bundle.resolve("version0.0")), "rwxr-xr-x");
            wide(Files.writeString(version.resolve("bundle.jar"), "jar"), "rw-rw-rw-");
            Path moved = moveIn(bundle, home);
            Files.createSymbolicLink(home.resolve("link.jar"), elsewhere);
            // then something new inside the moved folder, which must be watched by now
            Path later = moveIn(wide(Files.writeString(aside.resolve("later.jar"), "x"), "rw-r--r--"),
                    moved.resolve("version0.0"));

            for (Path p : new Path[] {db, moved.resolve("version0.0/bundle.jar"), later}) {
                awaitMode(p, "rw-------");
            }
            awaitMode(moved, "rwx------");
            awaitMode(moved.resolve("version0.0"), "rwx------");
        }
        assertThat(mode(elsewhere)).as("a link's target is not ours").isEqualTo("rw-r--r--");
    }

    private static Path wide(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        return path;
    }

    private static Path moveIn(Path entry, Path dir) throws IOException {
        return Files.move(entry, dir.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Waits for the positive signal (the mode changed), failing with the mode seen after 10 s. */
    private static void awaitMode(Path path, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!expected.equals(mode(path)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(mode(path)).as(path.toString()).isEqualTo(expected);
    }
}
