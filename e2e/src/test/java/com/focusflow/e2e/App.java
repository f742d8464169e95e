package com.focusflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.focusflow.testing.Poll;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The launched FocusFlow process: its data dir, its API and the probe inside it. Closing it stops it. */
final class App implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "e2e-window-test";

    private final Process process;
    private final ProcessBuilder builder;
    private final Path home;
    private final URI api;
    private final DesktopUser user;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private App(Process process, ProcessBuilder builder, Path home, int port, DesktopUser user) {
        this.process = process;
        this.user = user;
        this.builder = builder;
        this.home = home;
        this.api = URI.create("http://127.0.0.1:" + port + "/focusflow/api/v1");
    }

    /**
     * Starts the jar with the window as {@code user}, the probe bundle waiting in load/; output goes to the data
     * dir. As root the data dir is in that user's home and holds copies of the jars, all the user's.
     */
    static App launch(Path jar, Path probe, Path targetDir, String busAddress, DesktopUser user)
            throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(user.switched() ? user.home() : Files.createDirectories(targetDir.toAbsolutePath()),
                "e2e-home-");
        Path load = Files.createDirectories(home.resolve("load"));
        Files.copy(probe, load.resolve("focusflow-e2e-probe.jar"));
        Path app = user.switched() ? Files.copy(jar, home.resolve("focusflow.jar")) : jar.toAbsolutePath();
        // the victims are the desktop user's own, which FocusFlow closes only when that user is named
        Files.writeString(load.resolve("com.focusflow.blocking.process.cfg"), "users=" + user.name() + "\n");
        Files.writeString(home.resolve("hosts"), "127.0.0.1 localhost\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(user.command(List.of(java.toString(),
                "-Dorg.osgi.service.http.port=" + port,
                "-Dfocusflow.blocking.hosts=" + home.resolve("hosts"),
                "-Dfocusflow.blocking.dnsFlushCommand=true", // never the machine's DNS cache
                "-jar", app.toString())));
        builder.environment().put("FOCUSFLOW_HOME", home.toString());
        builder.environment().put("FOCUSFLOW_PASSWORD", PASSWORD);
        // Start at login writes $XDG_CONFIG_HOME/autostart/focusflow.desktop: here, never into the real home
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("xdg-config").toString());
        if (busAddress != null) {
            builder.environment().put("DBUS_SESSION_BUS_ADDRESS", busAddress);
        } else {
            builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        }
        if (user.switched()) {
            builder.environment().putAll(Map.of("HOME", user.home().toString(), "USER", user.name(), "LOGNAME", user.name()));
            String xauthority = System.getenv("XAUTHORITY"); // xvfb-run's cookie, root's only: the user gets a copy
            if (xauthority != null && Files.isReadable(Path.of(xauthority))) {
                Path copy = Files.copy(Path.of(xauthority), home.resolve(".Xauthority"));
                builder.environment().put("XAUTHORITY", copy.toString());
            }
        }
        user.own(home);
        builder.redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        return new App(builder.start(), builder, home, port, user);
    }

    Path home() {
        return home;
    }

    /**
     * For a data dir in the desktop user's home (the test ran as root): keeps its logs in {@code target} (a
     * directory named like the data dir) and removes the data dir, so that runs leave nothing in that home.
     */
    void moveLogsOut(Path target) throws IOException {
        Path kept = Files.createDirectories(target.resolve(home.getFileName()));
        try (var files = Files.walk(home)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (var files = Files.walk(home)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The real user id FocusFlow's process runs as (from /proc). */
    int uid() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("Uid:")) {
                return Integer.parseInt(line.split("\\s+")[1]);
            }
        }
        throw new IllegalStateException("no Uid line in /proc/" + process.pid() + "/status");
    }

    /**
     * Waits until Config Admin holds the {@code users} setting the .cfg in load/ named before the start (the
     * victims are the desktop user's own, closed only when that user is named): a .cfg placed before the first
     * start must survive it (FileInstall's write-back once emptied it: docs/decisions.md).
     */
    void awaitUsersConfigured(Duration deadline) throws Exception {
        Path stored = home.resolve("config/com/focusflow/blocking/process.config");
        String user = this.user.name();
        Poll.until(deadline, "users=" + user + " from load/ in Config Admin", () -> Files.exists(stored)
                && Files.readString(stored).contains("users=\"" + user + "\"") ? Boolean.TRUE : null);
        assertThat(Files.readString(home.resolve("load").resolve("com.focusflow.blocking.process.cfg")))
                .as("the .cfg in load/ after the start").contains("users=" + user);
    }

    /** FocusFlow's start-at-login entry (under the test's own XDG_CONFIG_HOME). */
    Path autostartEntry() {
        return home.resolve("xdg-config").resolve("autostart").resolve("focusflow.desktop");
    }

    /**
     * For a failure message: the last lines FocusFlow logged about processes (the watcher and its closings)
     * and the blocking API's health, so that a failed wait in CI says what the watcher saw.
     */
    String watcherReport() {
        StringBuilder text = new StringBuilder();
        try {
            List<String> lines = Files.readAllLines(home.resolve("logs").resolve("focusflow.log"), StandardCharsets.UTF_8)
                    .stream().filter(l -> l.contains("process") || l.contains("Blocked app") || l.contains("blocking.process"))
                    .toList();
            text.append("watcher log: ").append(String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size())));
            text.append("; GET /blocking: ").append(api("GET", "/blocking", null).body());
        } catch (IOException | RuntimeException e) {
            text.append("; (").append(e).append(')');
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toString();
    }

    /** The scratch hosts file the blocker writes instead of the system's. */
    Path hosts() {
        return home.resolve("hosts");
    }

    HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("FocusFlow exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
        }
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(45))
                .header("Authorization", "Basic " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            if (!String.valueOf(closed.getMessage()).contains("received no bytes")) {
                throw closed;
            }
            // A pooled keep-alive connection the server had just closed: the request never reached FocusFlow
            // (nothing was answered), so sending it once more on a fresh connection is safe.
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A probe action; fails unless the probe answers 200. */
    JsonNode probe(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = api(method, "/uiprobe" + path, method.equals("POST") ? "{}" : null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " /uiprobe" + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The texts of the window's labelled nodes by id, or null while the window (or the probe) is not there yet. */
    JsonNode windowTexts() throws IOException, InterruptedException {
        HttpResponse<String> response = api("GET", "/uiprobe", null);
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode body = JSON.readTree(response.body());
        return body.path("showing").asBoolean() ? body.path("texts") : null;
    }

    /**
     * Launches FocusFlow once more on the same data dir, as a user double-clicking it again would, and waits
     * for that launch to end.
     *
     * @return its exit code and output
     */
    Relaunch launchAgain(Duration deadline) throws IOException, InterruptedException {
        Path out = home.resolve("second-launch.log");
        ProcessBuilder again = new ProcessBuilder(builder.command()).redirectErrorStream(true).redirectOutput(out.toFile());
        again.environment().clear();
        again.environment().putAll(builder.environment()); // the same data dir, password and session bus
        Process second = again.start();
        if (!second.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the second launch did not end within " + deadline + ": " + Files.readString(out));
        }
        return new Relaunch(second.exitValue(), Files.readString(out));
    }

    /** How a second launch ended. */
    record Relaunch(int exitCode, String output) {
    }

    /** Whether the FocusFlow process is still running. */
    boolean alive() {
        return process.isAlive();
    }

    /** The process id (to tell a second launch's engine from this one). */
    long pid() {
        return process.pid();
    }

    /** How many FocusFlow windows are showing. */
    int windowCount() throws IOException, InterruptedException {
        return probe("GET", "").path("windows").asInt();
    }

    /** SIGTERM (FocusFlow stops its framework cleanly), then a kill if it does not exit in time. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
