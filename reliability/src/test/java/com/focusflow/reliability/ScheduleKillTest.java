package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.focusflow.testing.Poll;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 inside a {@code block} schedule's window (issue 16): the real jar, no session, a schedule whose window
 * contains now. After the kill the hosts file is put back as the user had it, so the block found after the
 * restart is one the restarted FocusFlow wrote because the window is still open, and {@code GET /blocking} says
 * the schedule is why.
 */
class ScheduleKillTest {
    private static final Duration REACTION = Duration.ofSeconds(60);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String SITE = "schedule-kill.example.com";
    private static final String NAME = "Kill test";

    @Test
    void aBlockScheduleOpenAtAKill9IsEngagedAgainOnRestartAndReleasedWhenDeleted() throws Exception {
        Path dir = Settings.scratch("schedule-kill");
        Path home = dir.resolve("home");
        Path hosts = HostsCheck.create(dir);
        String id;
        try (App app = App.start(home, hosts).awaitReady()) {
            assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"" + SITE + "\"}").statusCode()).isEqualTo(201);
            // Every day, from an hour ago to an hour from now (across midnight if need be): open now, whatever the day.
            LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.MINUTES);
            HttpResponse<String> created = app.post("/schedules", "{\"name\":\"" + NAME + "\",\"days\":[\"MONDAY\",\"TUESDAY\","
                    + "\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"start\":\"" + HH_MM.format(now.minusHours(1))
                    + "\",\"end\":\"" + HH_MM.format(now.plusHours(1)) + "\",\"action\":\"block\",\"strict\":false,\"enabled\":true}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            id = Json.parse(created.body()).path("id").asText();
            awaitBlock(app, hosts);
            assertThat(app.get("/sessions/active").statusCode()).as("no session: the schedule alone blocks").isEqualTo(204);

            app.kill9();
        }
        Files.write(hosts, HostsCheck.USER_CONTENT); // as the user had it: the block after the restart is a new one

        try (App again = App.start(home, hosts).awaitReady()) {
            awaitBlock(again, hosts);
            assertThat(HostsCheck.blocks(hosts)).as("one block, the user's lines untouched").isEqualTo(1);
            assertThat(again.get("/sessions/active").statusCode()).isEqualTo(204);

            assertThat(again.send(again.authorized("/schedules/" + id).DELETE().build()).statusCode()).isIn(200, 204);
            Poll.until(REACTION, "the block released once the schedule is gone",
                    () -> HostsCheck.blockedNames(hosts).contains(SITE) ? null : true);
            assertThat(reasons(again)).isEmpty();
        }
    }

    /** Waits until the hosts file blocks the site and GET /blocking names the schedule as the reason. */
    private static void awaitBlock(App app, Path hosts) throws Exception {
        Poll.until(REACTION, SITE + " blocked in the scratch hosts file",
                () -> HostsCheck.blockedNames(hosts).contains(SITE) ? true : null);
        JsonNode reasons = Poll.until(REACTION, "GET /blocking naming the schedule", () -> {
            JsonNode r = reasons(app);
            return r.findValuesAsText("name").contains(NAME) ? r : null;
        });
        assertThat(reasons.findValuesAsText("source")).contains("schedule");
    }

    private static JsonNode reasons(App app) throws Exception {
        return Json.parse(app.get("/blocking").body()).path("reasons");
    }
}
