package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.focusflow.testing.Poll;

/**
 * Issue 19 point 10: FocusFlow is killed during a session, and its hosts file is another one when it starts
 * again. The block in the former file is removed at start (FocusFlow remembers where it wrote), the user's
 * bytes there are exactly as they were, and the resumed session blocks in the new file.
 */
class HostsPathChangeTest {

    @Test
    void aBlockLeftInTheFormerHostsFileIsRemovedAtStart() throws Exception {
        Path dir = Settings.scratch("hosts-path-change");
        Path home = dir.resolve("home");
        Path former = HostsCheck.create(Files.createDirectories(dir.resolve("former")));
        Path current = HostsCheck.create(Files.createDirectories(dir.resolve("current")));

        try (App app = App.start(home, former)) {
            app.awaitReady();
            assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"moved.example.com\"}").statusCode())
                    .isEqualTo(201);
            assertThat(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":30,\"strict\":false}").statusCode())
                    .isEqualTo(201);
            Poll.until(Duration.ofSeconds(30), "the block in the first hosts file",
                    () -> HostsCheck.blocks(former) == 1 ? Boolean.TRUE : null);
            app.kill9();
        }
        assertThat(HostsCheck.blocks(former)).as("killed mid-session: the block stays for now").isEqualTo(1);

        try (App app = App.start(home, current)) {
            app.awaitReady();
            Poll.until(Duration.ofSeconds(30), "the former file without FocusFlow's block",
                    () -> HostsCheck.blocks(former) == 0 ? Boolean.TRUE : null);
            assertThat(Files.readAllBytes(former)).isEqualTo(HostsCheck.USER_CONTENT);
            Poll.until(Duration.ofSeconds(30), "the resumed session's block in the new file",
                    () -> HostsCheck.blocks(current) == 1 ? Boolean.TRUE : null);
            assertThat(Files.readString(current)).contains("0.0.0.0 moved.example.com");
        }
    }
}
