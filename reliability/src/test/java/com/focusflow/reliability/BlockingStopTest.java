package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Issue 20 point 3, against the real jar: the blocking bundle stopped on the console's Bundles page during a
 * session, with the DNS flush on. The flush command is a recorder of the test's (never the machine's DNS
 * cache), so the flush that follows the removal of the block is seen to run; it used to be submitted to
 * the blocker's thread after that thread was shut down and failed with an ERROR in the log.
 */
class BlockingStopTest {

    @Test
    void stoppingTheBlockingBundleDuringASessionRemovesTheBlockFlushesAndLogsNoError() throws Exception {
        Path dir = Settings.scratch("blockingstop");
        Path hosts = HostsCheck.create(dir);
        Path flushes = dir.resolve("flushes");
        Path recorder = Files.writeString(dir.resolve("flush.sh"), "#!/bin/sh\necho flushed >> '" + flushes + "'\n");
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwx------"));
        try (App app = App.start(dir.resolve("home"), hosts, "-Dfocusflow.blocking.dnsFlushCommand=" + recorder)
                .awaitReady()) {
            assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"distraction.example\"}").statusCode())
                    .isEqualTo(201);
            assertThat(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25}").statusCode()).isEqualTo(201);
            Poll.until(Duration.ofSeconds(30), "the block and its flush",
                    () -> HostsCheck.blocks(hosts) == 1 && flushCount(flushes) >= 1 ? true : null);
            int before = flushCount(flushes);

            WebConsole console = new WebConsole(app);
            long blocking = console.bundle("com.focusflow.blocking").path("id").asLong();
            assertThat(console.stop(blocking)).isIn(200, 302);

            Poll.until(Duration.ofSeconds(30), "the block removed and the flush after it",
                    () -> HostsCheck.blocks(hosts) == 0 && flushCount(flushes) > before ? true : null);
            assertThat(console.bundle("com.focusflow.blocking").path("state").asText()).isEqualTo("Resolved");
        }
        for (Path output : new Path[] {dir.resolve("home").resolve("logs").resolve("focusflow.log"),
                App.console(dir.resolve("home"))}) {
            assertThat(Files.readString(output, StandardCharsets.UTF_8)).as(output.toString())
                    .doesNotContain("RejectedExecutionException").doesNotContainPattern("(?m)^(\\S+ \\S+ )?ERROR ");
        }
    }

    private static int flushCount(Path flushes) throws Exception {
        return Files.exists(flushes) ? Files.readAllLines(flushes).size() : 0;
    }
}
