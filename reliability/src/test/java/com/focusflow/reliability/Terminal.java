package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * FocusFlow started from a terminal, as a user does: the real jar under a pseudo terminal (util-linux
 * {@code script}), so Gogo's interactive shell runs; the test types lines and reads the screen's text (escape
 * sequences removed) from a transcript file.
 */
final class Terminal implements AutoCloseable {

    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[()][0-9A-Za-z]|\u001B[=>]|\u0007");
    private static final Pattern PROMPT = Pattern.compile("g! ");
    private static final ObjectMapper JSON = new ObjectMapper();

    final App app;
    private final Path transcript;
    private final OutputStream keyboard;
    private int marks;

    private Terminal(App app, Path transcript) {
        this.app = app;
        this.transcript = transcript;
        this.keyboard = app.process.getOutputStream();
    }

    /** Starts FocusFlow (not headless) under a pseudo terminal on {@code home}. */
    static Terminal start(Path home, Path hosts, Map<String, String> env) throws IOException {
        Files.createDirectories(home);
        int port = App.freePort();
        Path transcript = home.resolveSibling(home.getFileName() + "-terminal.log");
        // a terminal of a real size: JLine draws no prompt on one of 0 columns
        String command = "stty cols 200 rows 50; exec "
                + String.join(" ", App.javaCommand(hosts, port, List.of()).stream().map(Terminal::quoted).toList());
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", command, "/dev/null").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(transcript.toFile()));
        App.environment(builder, home, env);
        builder.environment().put("TERM", "xterm");
        builder.environment().remove("DISPLAY"); // the shell, not the window, is under test
        return new Terminal(new App(home, hosts, port, builder.start()), transcript);
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The screen's text so far. */
    String screen() throws IOException {
        // JLine returns to the line's start to redraw it: a carriage return starts a new line of text here
        return ESCAPES.matcher(Files.readString(transcript, StandardCharsets.UTF_8)).replaceAll("").replace("\r\n", "\n")
                .replace('\r', '\n');
    }

    /**
     * Waits until FocusFlow is up and the shell shows its prompt. Started from a terminal without a display,
     * the window cannot open: every health item but {@code ui} must be UP.
     */
    Terminal awaitPrompt() throws Exception {
        Poll.until(Duration.ofSeconds(90), "health UP but for the window", () -> {
            if (!app.process.isAlive()) {
                throw new AssertionError("FocusFlow exited; see " + transcript);
            }
            JsonNode health = JSON.readTree(app.get("/health").body());
            for (JsonNode item : health.path("items")) {
                if (!"ui".equals(item.path("name").asText()) && !"UP".equals(item.path("status").asText())) {
                    return null;
                }
            }
            return health.path("items").size() > 0 ? health : null;
        });
        Poll.until(Duration.ofSeconds(60), "the shell's prompt", () -> PROMPT.matcher(screen()).find() ? true : null);
        return this;
    }

    /** Presses keys without Enter (e.g. "\u0003" for Ctrl-C). */
    void press(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    void type(String line) throws IOException {
        keyboard.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /**
     * Types a Gogo command and returns what it printed, up to a marker echoed after it. The marker is typed as
     * {@code $((n))} and printed as {@code n}: the terminal echoes what is typed ahead, so the printed marker
     * must differ from the typed one.
     */
    String run(String command) throws Exception {
        int n = ++marks;
        int from = screen().length();
        type(command);
        type("echo __done___$((" + n + "))");
        Pattern done = Pattern.compile("__done___" + n + "(?![0-9])");
        return Poll.until(Duration.ofSeconds(60), "the output of '" + command + "'", () -> {
            String text = screen().substring(from);
            Matcher m = done.matcher(text);
            return m.find() ? text.substring(0, m.start()).replace("echo __done___$((" + n + "))", "").strip() : null;
        });
    }

    @Override
    public void close() throws Exception {
        app.close();
    }
}
