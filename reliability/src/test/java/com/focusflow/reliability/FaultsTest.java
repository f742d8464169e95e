package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Faults below FocusFlow, against the real jar: each gives a clear error and DEGRADED health, corrupts
 * nothing, and FocusFlow recovers by itself once the fault is gone.
 */
class FaultsTest {

    private static final String FOCUS = "{\"type\":\"focus\",\"plannedMinutes\":30,\"strict\":false}";

    @Test
    void databaseLockedByAnotherProcess() throws Exception {
        Path dir = Settings.scratch("locked-db");
        try (App app = App.start(dir.resolve("home"), HostsCheck.create(dir)).awaitReady()) {
            Path db = app.home.resolve("focusflow.db");
            try (Connection other = Database.open(db); Statement lock = other.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");
                String health = app.awaitHealth("DEGRADED");
                assertThat(health).contains("\"name\":\"database\"").contains("locked").contains("another program");

                HttpResponse<String> refused = app.post("/sessions", FOCUS); // waits out the busy timeout, then fails
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
                assertThat(refused.body()).contains("\"error\":\"DATABASE\"").contains("locked");
                lock.execute("ROLLBACK");
            }
            app.awaitHealth("UP");
            assertThat(app.get("/sessions/active").statusCode()).as("the refused start left nothing behind").isEqualTo(204);
            assertThat(app.post("/sessions", FOCUS).statusCode()).isEqualTo(201);
            app.close();
            Database.assertIntact(db);
            assertThat(Database.sessions(db)).hasSize(1);
        }
    }

    /** The hosts file on a 64 KiB tmpfs that is full when the session starts (needs root, as CI runs). */
    @Test
    void diskFullWhileTheHostsFileIsWritten() throws Exception {
        Settings.assumeRoot("mounting a tmpfs");
        Path dir = Settings.scratch("hosts-disk-full");
        try (TinyFileSystem tiny = TinyFileSystem.mount(dir.resolve("etc"), "64k")) {
            Path hosts = HostsCheck.create(tiny.root());
            Path filler = tiny.fill();
            try (App app = App.start(dir.resolve("home"), hosts).awaitReady()) {
                assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"video.example.com\"}").statusCode()).isEqualTo(201);
                assertThat(app.post("/sessions", FOCUS).statusCode()).isEqualTo(201);

                String health = app.awaitHealth("DEGRADED");
                assertThat(health).contains("hosts").contains("No space left on device");
                assertThat(HostsCheck.blocks(hosts)).as("the user's file, untouched").isZero();
                assertThat(HostsCheck.temporaryFiles(hosts)).isEmpty();

                Files.delete(filler);
                Poll.until(Duration.ofSeconds(30), "the block written once there is space",
                        () -> HostsCheck.blocks(hosts) == 1 ? Boolean.TRUE : null);
                app.awaitHealth("UP");
                assertThat(HostsCheck.blockedNames(hosts)).contains("video.example.com");
                assertThat(app.post("/sessions/active/end", "").statusCode()).isEqualTo(200);
                Poll.until(Duration.ofSeconds(30), "the block removed", () -> HostsCheck.blocks(hosts) == 0 ? Boolean.TRUE : null);
            }
        }
    }

    /**
     * A data dir that cannot be written (a read-only mount as root; permission bits otherwise): FocusFlow
     * refuses to start with a message naming it, changes nothing there, and starts once it is writable.
     */
    @Test
    void readOnlyDataDir() throws Exception {
        Path dir = Settings.scratch("read-only-home");
        Path home = dir.resolve("home");
        Path hosts = HostsCheck.create(dir);
        try (App app = App.start(home, hosts).awaitReady()) {
            assertThat(app.post("/sessions", FOCUS).statusCode()).isEqualTo(201);
        }
        byte[] db = Files.readAllBytes(home.resolve("focusflow.db"));
        try (ReadOnly readOnly = ReadOnly.make(home)) {
            App app = App.start(home, hosts);
            assertThat(app.process.waitFor(90, TimeUnit.SECONDS)).as("FocusFlow gives up on a read-only data dir").isTrue();
            assertThat(app.process.exitValue()).isEqualTo(2);
            String console = Files.readString(app.console(), StandardCharsets.UTF_8);
            String refusal = console.substring(console.lastIndexOf("FocusFlow cannot"));
            assertThat(refusal).as("one clear line, no stack trace").startsWith("FocusFlow cannot write its data dir " + home)
                    .contains(Settings.root() ? "Read-only file system" : "denied").contains("FOCUSFLOW_HOME")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(home.resolve("focusflow.db"))).isEqualTo(db);
        Database.assertIntact(home.resolve("focusflow.db"));
        try (App app = App.start(home, hosts).awaitReady()) {
            assertThat(app.get("/sessions/active").statusCode()).as("the session survived").isEqualTo(200);
        }
    }

    /** A small tmpfs, unmounted on close. */
    record TinyFileSystem(Path root) implements AutoCloseable {
        static TinyFileSystem mount(Path root, String size) throws Exception {
            Files.createDirectories(root);
            Commands.run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", root.toString());
            return new TinyFileSystem(root);
        }

        /** Fills the file system; deleting the file returned frees it. */
        Path fill() throws IOException {
            Path filler = root.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] chunk = new byte[1024];
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException full) {
                assertThat(full.getMessage()).contains("No space left");
            }
            return filler;
        }

        @Override
        public void close() throws Exception {
            Commands.run("umount", root.toString());
        }
    }

    /** A folder made read-only: a read-only bind mount as root (root ignores permission bits), else chmod. */
    record ReadOnly(Path dir) implements AutoCloseable {
        static ReadOnly make(Path dir) throws Exception {
            if (Settings.root()) {
                Commands.run("mount", "--bind", dir.toString(), dir.toString());
                Commands.run("mount", "-o", "remount,bind,ro", dir.toString());
            } else {
                Commands.run("chmod", "-R", "a-w", dir.toString());
            }
            return new ReadOnly(dir);
        }

        @Override
        public void close() throws Exception {
            if (Settings.root()) {
                Commands.run("umount", dir.toString());
            } else {
                Commands.run("chmod", "-R", "u+w", dir.toString());
            }
        }
    }
}
