package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** The focus:* Gogo commands, run by the real shell. */
class SessionShellTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    CommandProcessor shell;

    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandSession session;

    @BeforeEach
    void open() throws Exception {
        SessionDatabase db = new SessionDatabase(context);
        db.use(db.newFile("shell"));
        session = shell.createSession(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @AfterAll
    static void defaultDatabase(@InjectBundleContext BundleContext context) throws Exception {
        new SessionDatabase(context).useDefault();
    }

    @Test
    void startStatusStopHistory() throws Exception {
        assertThat(run("focus:status")).isEqualTo("No session is running.");
        assertThat(run("focus:start custom 40 --strict")).startsWith("Started custom session").contains("(40 min), strict");
        assertThat(run("focus:status")).contains("custom session").contains("left.");
        assertThat(run("focus:stop")).isNull();
        assertThat(errors()).contains("focus:stop: custom session").contains("is strict and cannot be ended");
        assertThat(run("focus:history 5")).contains("running").endsWith("1 of 1 sessions.");
    }

    @Test
    void defaultsAndMistakes() throws Exception {
        assertThat(run("focus:start")).contains("focus session").contains("(25 min)");
        assertThat(run("focus:stop")).contains("before its planned end");
        assertThat(run("focus:start break")).contains("break session").contains("(25 min)");
        assertThat(run("focus:stop")).startsWith("Ended break session");
        assertThat(run("focus:start nap")).isNull();
        assertThat(run("focus:start focus 0")).isNull();
        assertThat(run("focus:history x")).isNull();
        assertThat(errors()).contains("focus:start: session type 'nap' is unknown")
                .contains("focus:start: minutes must be a whole number 1..720, was '0'")
                .contains("focus:history: count must be").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Bare names are Felix's (ShellScope): {@code start N} starts a bundle, never a focus session. */
    @Test
    void bareStartAndStopAreFelixs() throws Exception {
        run("start 99999");
        run("stop 99999");
        assertThat(run("focus:status")).isEqualTo("No session is running.");
        assertThat(errors()).doesNotContain("focus:");
    }

    /** A wrong number of arguments is one line naming what the command expects, not Gogo's coercion error. */
    @Test
    void wrongArgumentCountsSayWhatTheCommandExpects() throws Exception {
        assertThat(run("focus:start focus 25 x y")).isNull();
        assertThat(run("focus:stop now")).isNull();
        assertThat(run("focus:history 5 6")).isNull();
        assertThat(errors()).contains("focus:start: wrong number of arguments; expected [focus|break|custom] [minutes] [--strict]")
                .contains("focus:stop: wrong number of arguments; expected no arguments")
                .contains("focus:history: wrong number of arguments; expected [count]")
                .doesNotContain("Exception").doesNotContain("Cannot coerce");
    }

    private String run(String command) throws Exception {
        Object result = session.execute(command);
        return result == null ? null : result.toString();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
