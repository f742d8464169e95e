package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCommandsTest {

    @TempDir
    Path dir;
    LiveSessions live;
    SessionCommands commands;

    @BeforeEach
    void open() {
        live = new LiveSessions(dir);
        commands = new SessionCommands(live.sessions, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void startStatusStopAndHistory() {
        assertThat(commands.start(false)).startsWith("Started focus session").endsWith("(25 min); it ends in 25 min.");
        live.time.advance(Duration.ofSeconds(75));
        assertThat(commands.status()).endsWith("(25 min): 1 min 15 s elapsed, 23 min 45 s left.");
        assertThat(commands.stop()).endsWith("after 1 min 15 s, before its planned end.");
        assertThat(commands.status()).isEqualTo("No session is running.");
        assertThat(commands.start(true, "break", "5")).contains("break session").contains("(5 min), strict");

        String history = commands.history();
        assertThat(history.lines()).hasSize(4);
        assertThat(history.lines().skip(1).findFirst().orElseThrow()).startsWith("2026-03-02 09:01").contains("break")
                .endsWith("running");
        assertThat(history).contains("ended early").endsWith("2 of 2 sessions.");
        assertThat(commands.history("1").lines()).hasSize(3);
    }

    @Test
    void mistakesArePrintedAsOneLineNotAStackTrace() {
        assertThat(err(() -> commands.start(false, "nap", "25"))).isEqualTo("focus:start: session type 'nap' is unknown; allowed: focus, break, custom");
        assertThat(err(() -> commands.start(false, "focus", "abc"))).isEqualTo("focus:start: minutes must be a whole number 1..720, was 'abc'");
        assertThat(err(() -> commands.start(false, "focus", "0"))).contains("1..720");
        assertThat(err(commands::stop)).isEqualTo("focus:stop: no session is running");
        assertThat(err(() -> commands.history("-1"))).startsWith("focus:history: count must be");
        commands.start(true, "focus", "30");
        assertThat(err(commands::stop)).startsWith("focus:stop: focus session").endsWith("is strict and cannot be ended before its planned end: 30 min left");
        assertThat(err(() -> commands.start(false))).contains("is already running");
    }

    @Test
    void emptyHistorySaysSo() {
        assertThat(commands.history()).isEqualTo("No sessions yet.");
    }

    /** Runs a command that must fail, and returns what it printed on the error stream. */
    private static String err(Supplier<String> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.get()).isNull();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).strip();
    }
}
