package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a user types after focus:start and focus:history, the command answers or prints one clear line
 * naming the command, never a stack trace, and a refused start stores nothing.
 */
class SessionCommandArgumentsTest {

    private static LiveSessions live;
    private static SessionCommands commands;

    @BeforeContainer
    static void open() throws IOException {
        live = new LiveSessions(Files.createTempDirectory("focusflow-gogo-fuzz"));
        commands = new SessionCommands(live.sessions, ZoneOffset.UTC);
    }

    @AfterContainer
    static void close() {
        live.close();
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.oneOf(Arbitraries.of("focus", "break", "custom", "FOCUS", " focus ", "Break", "pomodoro", "", "-s"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("0", "1", "720", "721", "-1", "1.5", "1e2", "0x10", " 25", "25 ", "", "२५", "2147483648", "+5"),
                Arbitraries.strings().ofMaxLength(20));
    }

    /** 300 tries: each accepted start is a real start and stop on SQLite (~50 ms on a busy 2-core machine). */
    @Property(tries = 300)
    void startWithAnyArguments(@ForAll("types") String type, @ForAll("numbers") String minutes) {
        long before = count();
        Answer answer = capture(() -> commands.start(false, type, minutes));
        if (answer.output != null) {
            assertThat(answer.output).startsWith("Started");
            assertThat(commands.stop()).startsWith("Ended");
        } else {
            assertThat(answer.errors).startsWith("focus:start: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(count()).isEqualTo(before);
        }
    }

    @Property(tries = 300)
    void historyWithAnyCount(@ForAll("numbers") String count) {
        Answer answer = capture(() -> commands.history(count));
        if (answer.output == null) {
            assertThat(answer.errors).startsWith("focus:history: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private static long count() {
        return live.sessions.history(null, null, 1, 0).total();
    }

    private record Answer(String output, String errors) {
    }

    private static Answer capture(Supplier<String> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String output = command.get();
            return new Answer(output, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
