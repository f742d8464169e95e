package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import java.io.IOException;
import java.net.InetAddress;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real FocusFlow: the exported jar started as its own JVM, headless, with a scratch data dir and hosts
 * file, a free port on loopback and a known password. Its output goes to {@code <home>/../console.log}.
 */
final class App implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "reliability-" + Long.toHexString(System.nanoTime());
    static final String API = "/focusflow/api/v1";

    final Path home;
    final Path hosts;
    final int port;
    final Process process;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    App(Path home, Path hosts, int port, Process process) {
        this.home = home;
        this.hosts = hosts;
        this.port = port;
        this.process = process;
    }

    /** Starts FocusFlow on {@code home} (created if needed) blocking websites in {@code hosts}. */
    static App start(Path home, Path hosts, String... jvmOptions) throws IOException {
        return start(List.of(), home, hosts, jvmOptions);
    }

    /** The same, started through {@code wrapper} (a command that runs the JVM as its child and forwards SIGTERM). */
    static App start(List<String> wrapper, Path home, Path hosts, String... jvmOptions) throws IOException {
        return launch(wrapper, home, hosts, freePort(), Map.of(), List.of("--headless"), jvmOptions);
    }

    /** The same with {@code env} added to the environment (a value of "" removes the variable). */
    static App start(Map<String, String> env, Path home, Path hosts, String... jvmOptions) throws IOException {
        return launch(List.of(), home, hosts, freePort(), env, List.of("--headless"), jvmOptions);
    }

    /**
     * The JVM command line FocusFlow is started with (port, hosts file, options, the jar and its arguments). It
     * runs with Ctrl-C's signal at its default handling, as from a user's terminal or desktop: a build started in
     * the background by a script (`cmd &` without job control) hands SIGINT ignored down to every child, and a
     * JVM that starts with SIGINT ignored keeps ignoring it (as nohup intends). coreutils' env execs the JVM, so
     * the process is still FocusFlow's own.
     */
    static List<String> javaCommand(Path hosts, int port, List<String> arguments, String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT"));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + Settings.path("focusflow.jvmOptions"));
        command.add("-Dorg.osgi.service.http.port=" + port);
        command.add("-Dfocusflow.blocking.hosts=" + hosts);
        command.add("-Dfocusflow.blocking.dnsFlushCommand=true"); // never the machine's DNS cache (a test may name a recorder)
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", Settings.path("focusflow.jar").toString()));
        command.addAll(arguments);
        return command;
    }

    static App launch(List<String> wrapper, Path home, Path hosts, int port, Map<String, String> env,
            List<String> arguments, String... jvmOptions) throws IOException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(javaCommand(hosts, port, arguments, jvmOptions));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console(home).toFile()));
        environment(builder, home, env);
        return new App(home, hosts, port, builder.start());
    }

    static void environment(ProcessBuilder builder, Path home, Map<String, String> env) {
        builder.environment().put("FOCUSFLOW_HOME", home.toString());
        builder.environment().put("FOCUSFLOW_PASSWORD", PASSWORD);
        env.forEach((key, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
    }

    /**
     * As root, FocusFlow closes only the desktop users' apps; the suite's victims are root's own, so it names
     * root as the desktop user (what an admin would configure for a machine used as root). Written once
     * FocusFlow is up and waited for until Config Admin holds it: a .cfg present at the very first start
     * was seen to lose its {@code users} value (see docs/reliability.md).
     */
    App closeRootsAppsWhenRoot() throws Exception {
        if (Settings.root()) {
            Files.createDirectories(home.resolve("load"));
            // written aside and moved in: FileInstall must never read it half written
            Path aside = Files.writeString(home.resolve("process.cfg.tmp"), "users=root\n");
            Files.move(aside, home.resolve("load").resolve("com.focusflow.blocking.process.cfg"),
                    StandardCopyOption.ATOMIC_MOVE);
            Path stored = home.resolve("config/com/focusflow/blocking/process.config");
            Poll.until(Duration.ofSeconds(30), "users=root in Config Admin", () -> Files.exists(stored)
                    && Files.readString(stored).contains("users=\"root\"") ? Boolean.TRUE : null);
        }
        return this;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until health answers 200 with status {@code status} (any status if null); returns the body. */
    String awaitHealth(String status) throws Exception {
        // generous: a first start on a machine busy with a whole build took 91 s once (docs/reliability.md)
        return Poll.until(Duration.ofSeconds(180), "health " + (status == null ? "200" : status), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("FocusFlow exited with " + process.exitValue() + "; see " + console(home));
            }
            try {
                HttpResponse<String> r = get("/health");
                return r.statusCode() == 200 && (status == null || r.body().startsWith("{\"status\":\"" + status + "\""))
                        ? r.body() : null;
            } catch (IOException notYet) {
                return null;
            }
        });
    }

    /** Waits until the sessions API answers, i.e. the session database is open. */
    App awaitReady() throws Exception {
        awaitHealth("UP");
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpRequest.Builder request(String apiPath) {
        return HttpRequest.newBuilder(uri(API + apiPath)).timeout(Duration.ofSeconds(30));
    }

    HttpRequest.Builder authorized(String apiPath) {
        return withBasic(request(apiPath), USER, PASSWORD);
    }

    static HttpRequest.Builder withBasic(HttpRequest.Builder builder, String user, String password) {
        return builder.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String apiPath) throws IOException, InterruptedException {
        return send(authorized(apiPath).GET().build());
    }

    HttpResponse<String> post(String apiPath, String json) throws IOException, InterruptedException {
        return send(authorized(apiPath).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String apiPath, String json) throws IOException, InterruptedException {
        return send(authorized(apiPath).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Sends {@code signal} (e.g. "INT") to FocusFlow's JVM. */
    void signal(String signal) throws Exception {
        Commands.run("kill", "-" + signal, Long.toString(process.pid()));
    }

    /** SIGKILL: no shutdown hook, no bundle stops, nothing flushed. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FocusFlow pid " + process.pid() + " survived SIGKILL");
        }
    }

    /** SIGTERM, as a user stops it; SIGKILL if it does not stop within 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill9();
        }
    }

    /** Everything the JVM printed (all its runs on this data dir). */
    Path console() {
        return console(home);
    }

    static Path console(Path home) {
        return home.resolveSibling(home.getFileName() + "-console.log");
    }

    Path log() {
        return home.resolve("logs").resolve("focusflow.log");
    }
}
