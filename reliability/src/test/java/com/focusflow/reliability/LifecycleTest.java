package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Managing the runtime as the docs promise, against the real jar: quitting (SIGINT, {@code stop 0}), a
 * second launch, first-run errors, and a bundle reinstalled through the console, load/ or Gogo.
 */
class LifecycleTest {

    private static final Pattern STOPPED = Pattern.compile("FocusFlow stopped \\((.+)\\): (\\d+) bundles stopped in order");
    private static final Path ANALYTICS = Path.of(System.getProperty("focusflow.jar")).resolveSibling("..").resolve(
            "../com.focusflow.analytics/target/com.focusflow.analytics-0.1.0-SNAPSHOT.jar").normalize();

    @Test
    void sigintStopsHeadlessFocusFlowInOrderWithExitZero() throws Exception {
        Path dir = Settings.scratch("sigint");
        try (App app = App.start(dir.resolve("home"), HostsCheck.create(dir)).awaitReady()) {
            long running = active(new WebConsole(app).bundles());

            app.signal("INT");

            assertThat(app.process.waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
            assertThat(app.process.exitValue()).isZero();
            Matcher stopped = STOPPED.matcher(Files.readString(app.console()));
            assertThat(stopped.find()).as(Files.readString(app.console())).isTrue();
            assertThat(stopped.group(1)).isEqualTo("SIGINT");
            assertThat(Long.parseLong(stopped.group(2))).as("every bundle that ran stopped").isEqualTo(running);
        }
    }

    @Test
    void aSecondLaunchOnTheSameDataDirHandsOverAndStartsNoEngine() throws Exception {
        Path dir = Settings.scratch("second");
        try (App first = App.start(dir.resolve("home"), HostsCheck.create(dir)).awaitReady()) {
            Path output = dir.resolve("second.out");
            ProcessBuilder builder = new ProcessBuilder(App.javaCommand(first.hosts, App.freePort(), List.of("--headless")))
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            App.environment(builder, first.home, Map.of());
            Process second = builder.start();

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();
            List<String> lines = Files.readAllLines(output);
            assertThat(lines).as("one line, no banner").hasSize(1);
            assertThat(lines.get(0)).contains("already running on " + first.home)
                    .contains("http://127.0.0.1:" + first.port + "/system/console");
            assertThat(first.awaitHealth("UP")).isNotEmpty();
        }
    }

    @Test
    void aShortPasswordEndsTheFirstStartWithOneLine() throws Exception {
        Path dir = Settings.scratch("short-password");
        try (App app = App.start(Map.of("FOCUSFLOW_PASSWORD", "12345"), dir.resolve("home"), HostsCheck.create(dir))) {
            assertOneLineAndExit(app, "FOCUSFLOW_PASSWORD is 5 characters long; it must have at least 8");
            assertThat(app.home.resolve("credentials.properties")).doesNotExist();
        }
    }

    @Test
    void aBusyPortEndsTheStartWithOneLine() throws Exception {
        Path dir = Settings.scratch("busy-port");
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                App app = App.start(dir.resolve("home"), HostsCheck.create(dir),
                        "-Dorg.osgi.service.http.port=" + other.getLocalPort())) {
            assertOneLineAndExit(app, "Port " + other.getLocalPort() + " on 127.0.0.1 is in use by another program");
        }
    }

    private static void assertOneLineAndExit(App app, String problem) throws Exception {
        assertThat(app.process.waitFor(20, TimeUnit.SECONDS)).as("ended within seconds").isTrue();
        assertThat(app.process.exitValue()).isEqualTo(2);
        List<String> lines = Files.readAllLines(app.console());
        assertThat(lines).as("one line, no stack trace").hasSize(1);
        assertThat(lines.get(0)).startsWith("FocusFlow did not start: ").contains(problem).doesNotContain("Exception");
    }

    @Test
    void theDataDirIsOwnerOnly() throws Exception {
        Path dir = Settings.scratch("owner-only");
        try (App app = App.start(dir.resolve("home"), HostsCheck.create(dir)).awaitReady()) {
            for (String folder : List.of("", "config", "logs", "cache", "load")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(app.home.resolve(folder))))
                        .as(folder).isEqualTo("rwx------");
            }
            for (String file : List.of("credentials.properties", "logs/focusflow.log", "logback.xml")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(app.home.resolve(file))))
                        .as(file).doesNotContain("r--", "rw-r", "r-x").startsWith("rw-------");
            }
        }
    }

    /** Console uninstall + console upload of the same jar, stop, start: UP with the shipped bundle back. */
    @Test
    void aBundleReinstalledThroughTheConsoleDoesNotStopTheNextStart() throws Exception {
        Path dir = Settings.scratch("reinstall-console");
        Path hosts = HostsCheck.create(dir);
        try (App app = App.start(dir.resolve("home"), hosts).awaitReady()) {
            WebConsole console = new WebConsole(app);
            assertThat(console.uninstall(console.bundle("com.focusflow.analytics").path("id").asLong())).isEqualTo(200);
            assertThat(console.upload(ANALYTICS)).isIn(200, 302);
            awaitActive(console, "com.focusflow.analytics");
        }
        restartsUp(dir.resolve("home"), hosts);
    }

    /** Console uninstall, then the same jar dropped into load/: FileInstall installs it under its own location. */
    @Test
    void aBundleReinstalledThroughLoadDoesNotStopTheNextStart() throws Exception {
        Path dir = Settings.scratch("reinstall-load");
        Path hosts = HostsCheck.create(dir);
        try (App app = App.start(dir.resolve("home"), hosts).awaitReady()) {
            WebConsole console = new WebConsole(app);
            assertThat(console.uninstall(console.bundle("com.focusflow.analytics").path("id").asLong())).isEqualTo(200);
            Files.copy(ANALYTICS, app.home.resolve("load/analytics.jar"), StandardCopyOption.REPLACE_EXISTING);
            awaitActive(console, "com.focusflow.analytics");
        }
        restartsUp(dir.resolve("home"), hosts);
    }

    /** The interactive shell: Gogo uninstall + install of the same jar, then {@code stop 0} quits with exit 0. */
    @Test
    void gogoReinstallThenStopZeroInTheShell() throws Exception {
        Path dir = Settings.scratch("gogo");
        Path hosts = HostsCheck.create(dir);
        try (Terminal terminal = Terminal.start(dir.resolve("home"), hosts, Map.of()).awaitPrompt()) {
            WebConsole console = new WebConsole(terminal.app);
            long id = console.bundle("com.focusflow.analytics").path("id").asLong();
            terminal.run("uninstall " + id);
            Matcher installed = Pattern.compile("Bundle ID: (\\d+)").matcher(terminal.run("install " + ANALYTICS.toUri()));
            assertThat(installed.find()).isTrue();
            assertThat(terminal.run("start " + installed.group(1))).as("a bare start is Felix's, not focus:start")
                    .doesNotContain("session");
            awaitActive(console, "com.focusflow.analytics");
            assertThat(terminal.run("focus:status")).contains("No session is running.");

            terminal.type("stop 0");

            assertThat(terminal.app.process.waitFor(30, TimeUnit.SECONDS)).as("stop 0 quits").isTrue();
            assertThat(terminal.app.process.exitValue()).isZero();
            Matcher stopped = STOPPED.matcher(terminal.screen());
            assertThat(stopped.find()).as(terminal.screen()).isTrue();
        }
        restartsUp(dir.resolve("home"), hosts);
    }

    /**
     * A value saved in the console from a load/*.cfg setting: the file follows, reading the configuration from
     * the shell ({@code cm:getconfiguration}) does not take it away from FocusFlow, and it survives a restart.
     * The live value is read from its effect: the API refuses a body over the limit, naming it.
     */
    @Test
    void aConsoleSavedSettingSurvivesTheShellAndARestart() throws Exception {
        Path dir = Settings.scratch("settings");
        Path hosts = HostsCheck.create(dir);
        Path home = dir.resolve("home");
        Path cfg = Files.createDirectories(home.resolve("load")).resolve(API_PID + ".cfg");
        Files.writeString(cfg, "maxBodyMegabytes=2\n");
        try (Terminal terminal = Terminal.start(home, hosts, Map.of()).awaitPrompt()) {
            awaitBodyLimit(terminal.app, 2);

            assertThat(new WebConsole(terminal.app).saveConfiguration(API_PID, Map.of("maxBodyMegabytes", "1"))).isIn(200, 302);
            awaitBodyLimit(terminal.app, 1);
            Poll.until(Duration.ofSeconds(30), "the .cfg file to follow the console",
                    () -> Files.readString(cfg).matches("(?s).*maxBodyMegabytes\\s*=\\s*\"?I?\"?1\\b.*") ? true : null);

            terminal.run("addcommand cm ($.context service ($.context serviceReference org.osgi.service.cm.ConfigurationAdmin))");
            assertThat(terminal.run("cm:getconfiguration " + API_PID)).doesNotContain("Exception");
            assertThat(new WebConsole(terminal.app).configuration(API_PID).toString()).contains("\"value\":1,")
                    .contains("\"bundleLocation\":\"?\"");
            awaitBodyLimit(terminal.app, 1);

            terminal.type("stop 0");
            assertThat(terminal.app.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (App again = App.start(home, hosts).awaitReady()) {
            awaitBodyLimit(again, 1);
        }
    }

    private static final String API_PID = "com.focusflow.http.api";

    /** Waits until a body just over {@code megabytes} is refused with the limit in the message. */
    private static void awaitBodyLimit(App app, int megabytes) throws Exception {
        String body = "x".repeat(megabytes * 1024 * 1024 + 512 * 1024);
        String limit = "limit of " + megabytes * 1024L * 1024L + " bytes";
        Poll.until(Duration.ofSeconds(30), "the body limit of " + megabytes + " MB", () -> {
            String answer;
            try {
                // its own client: the server closes a connection whose body it refused, and a shared client would
                // hand that closed connection to the next request ("header parser received no bytes")
                answer = java.net.http.HttpClient.newHttpClient().send(app.authorized("/import")
                        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.io.IOException refusedMidBody) {
                // The server may answer 413 and close while the client still sends the body; the client then
                // sees the connection end instead of the answer (seen in CI). Ask again.
                return null;
            }
            return answer.contains(limit) ? answer : null;
        });
    }

    private static void restartsUp(Path home, Path hosts) throws Exception {
        try (App again = App.start(home, hosts).awaitReady()) {
            WebConsole console = new WebConsole(again);
            JsonNode analytics = awaitActive(console, "com.focusflow.analytics");
            assertThat(analytics.path("location").asText("")).satisfiesAnyOf(l -> assertThat(l).isEmpty(),
                    l -> assertThat(l).startsWith("jar/"));
            assertThat(Files.readString(again.log(), StandardCharsets.UTF_8)).contains("Replaced com.focusflow.analytics");
            assertThat(Files.readString(again.console())).doesNotContain("Unexpected error");
        }
    }

    private static JsonNode awaitActive(WebConsole console, String name) throws Exception {
        return Poll.until(Duration.ofSeconds(60), name + " Active", () -> {
            JsonNode b = console.bundle(name);
            return b != null && "Active".equals(b.path("state").asText()) ? b : null;
        });
    }

    private static long active(JsonNode bundles) {
        long n = 0;
        for (JsonNode b : bundles) {
            if ("Active".equals(b.path("state").asText()) && b.path("id").asLong() != 0) {
                n++;
            }
        }
        return n;
    }
}
