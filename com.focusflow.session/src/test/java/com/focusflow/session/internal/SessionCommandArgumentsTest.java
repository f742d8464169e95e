package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.focusflow.testing.CommandOutput;
import com.focusflow.testing.Gen;
import com.focusflow.testing.Tries;

/**
 * Whatever a user types after focus:start and focus:history, the command answers or prints one clear line
 * naming the command, never a stack trace, and a refused start stores nothing.
 */
class SessionCommandArgumentsTest {

    private static LiveSessions live;
    private static SessionCommands commands;

    @BeforeAll
    static void open() throws IOException {
        live = new LiveSessions(Files.createTempDirectory("focusflow-gogo-fuzz"));
        commands = new SessionCommands(live.sessions, ZoneOffset.UTC);
    }

    @AfterAll
    static void close() {
        live.close();
    }

    private static String type(Gen gen) {
        return gen.anyOf(() -> gen.oneOf("focus", "break", "custom", "FOCUS", " focus ", "Break", "pomodoro", "", "-s"),
                () -> gen.string(40));
    }

    private static String number(Gen gen) {
        return gen.anyOf(() -> String.valueOf(gen.anyInt()),
                () -> gen.oneOf("0", "1", "720", "721", "-1", "1.5", "1e2", "0x10", " 25", "25 ", "", "२५", "2147483648", "+5"),
                () -> gen.string(20));
    }

    private record Start(String type, String minutes) {
    }

    /** 300 tries: each accepted start is a real start and stop on SQLite (~50 ms on a busy 2-core machine). */
    @Test
    void startWithAnyArguments() {
        Tries.check(300, gen -> new Start(type(gen), number(gen)), start -> {
            long before = count();
            CommandOutput answer = CommandOutput.capture(() -> commands.start(false, start.type(), start.minutes()));
            if (answer.output() != null) {
                assertThat(answer.output()).startsWith("Started");
                assertThat(commands.stop()).startsWith("Ended");
            } else {
                assertThat(answer.errors()).startsWith("focus:start: ").doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(count()).isEqualTo(before);
            }
        });
    }

    @Test
    void historyWithAnyCount() {
        Tries.check(300, SessionCommandArgumentsTest::number, count -> {
            CommandOutput answer = CommandOutput.capture(() -> commands.history(count));
            if (answer.output() == null) {
                assertThat(answer.errors()).startsWith("focus:history: ").doesNotContain("Exception").doesNotContain("\tat ");
            }
        });
    }

    private static long count() {
        return live.sessions.history(null, null, 1, 0).total();
    }
}
