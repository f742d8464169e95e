package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 20 point 4, against the real jar: a setting from a {@code load/*.cfg} file, changed with
 * {@code focus:config}, looked at with Config Admin from the shell ({@code cm:getconfiguration}), then edited
 * in the file, then read after a restart: the file, the shell and the running component agree at every step.
 * The live value is read from its effect (the goal in the score's explanation), not from Config Admin.
 */
class SettingsFileTest {

    private static final String PID = "com.focusflow.analytics";

    @Test
    void aCfgFileTheShellAndTheComponentAgreeWhoeverChangesItLast() throws Exception {
        Path dir = Settings.scratch("settingsfile");
        Path hosts = HostsCheck.create(dir);
        Path home = dir.resolve("home");
        Path cfg = Files.createDirectories(home.resolve("load")).resolve(PID + ".cfg");
        Files.writeString(cfg, "dailyGoalMinutes=100\n");
        try (Terminal terminal = Terminal.start(home, hosts, Map.of()).awaitPrompt()) {
            awaitGoal(terminal.app, "1 h 40 min");

            assertThat(terminal.run("focus:config " + PID + " dailyGoalMinutes 95")).contains("dailyGoalMinutes = 95");
            awaitGoal(terminal.app, "1 h 35 min");
            Poll.until(Duration.ofSeconds(30), "the .cfg file to follow focus:config",
                    () -> Files.readString(cfg).matches("(?s).*dailyGoalMinutes\\s*=\\s*\\D{0,3}95\\b.*") ? true : null);

            terminal.run("addcommand cm ($.context service ($.context serviceReference org.osgi.service.cm.ConfigurationAdmin))");
            assertThat(terminal.run("cm:getconfiguration " + PID)).doesNotContain("Exception");

            // A change after the shell looked reaches the component only if the configuration is still FocusFlow's.
            Path aside = Files.writeString(dir.resolve("analytics.cfg.tmp"), "dailyGoalMinutes=90\n");
            Files.move(aside, cfg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            awaitGoal(terminal.app, "1 h 30 min");
            assertThat(terminal.run("focus:config " + PID + " dailyGoalMinutes")).contains("dailyGoalMinutes = 90");

            terminal.type("stop 0");
            assertThat(terminal.app.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (App again = App.start(home, hosts).awaitReady()) {
            awaitGoal(again, "1 h 30 min");
            assertThat(Files.readString(cfg)).containsPattern("dailyGoalMinutes\\s*=\\s*\\D{0,3}90\\b");
        }
    }

    /** Waits until today's score explains the focus time against a goal of {@code goal}. */
    private static void awaitGoal(App app, String goal) throws Exception {
        Poll.until(Duration.ofSeconds(30), "the daily goal " + goal, () -> {
            String body = app.get("/stats/score").body();
            return body.contains(" of your " + goal + " goal") ? body : null;
        });
    }
}
