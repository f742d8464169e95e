package com.focusflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A FocusFlow the benchmarks start from the exported jar (headless, its own data dir and a free loopback port)
 * and drive only as a user's script would: its HTTP API, and files in its data dir ({@code load/*.cfg}, a bundle
 * in {@code load/}). Nothing of FocusFlow is on the bench's class path, so no bench can reach an internal
 * class. Costs are read from outside: the process's CPU time and a thread's, from {@code /proc} (Linux).
 */
final class App implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String API = "/focusflow/api/v1";

    /** Waits for start-up and for each call; a loaded machine is slow. */
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 240));

    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    final Path home;
    final int port;
    private final Process process;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String auth;
    /** Nanos from the JVM's start until health answered UP. */
    final long upNanos;

    private App(Path home, int port, Process process, long started) throws Exception {
        this.home = home;
        this.port = port;
        this.process = process;
        this.upNanos = awaitUp() - started;
    }

    /**
     * Starts the jar on {@code home} (created if missing); {@code files} are written under {@code home} first,
     * e.g. {@code load/com.focusflow.blocking.hosts.cfg}.
     */
    static App start(Path jar, Path home, List<String> jvm, Map<String, String> files) throws Exception {
        Files.createDirectories(home.resolve("load"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(home.resolve(file.getKey()), file.getValue());
        }
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dorg.osgi.service.http.port=" + port);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--headless"));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("bench-console.log").toFile()));
        builder.environment().put("FOCUSFLOW_HOME", home.toString());
        long started = System.nanoTime();
        return new App(home, port, builder.start(), started);
    }

    /** The jar named by {@code --jar}, by default the one the build exports. */
    static Path jar(String[] args) {
        return Path.of(Args.string(args, "--jar", "run/target/focusflow.jar"));
    }

    /** Hosts blocking on a file of the bench's own (never the system's), no helper; process blocking on our user's apps. */
    static Map<String, String> blockingFiles(Path home) {
        return Map.of("bench-hosts", "127.0.0.1 localhost\n", "load/com.focusflow.blocking.hosts.cfg", "path=" + home.resolve("bench-hosts") + "\nhelperSocket=\n",
                "load/com.focusflow.blocking.process.cfg", "users=" + System.getProperty("user.name") + "\n");
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, Path file) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
    }

    Answer put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Streams a download into {@code file}. */
    int download(String path, Path file) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofFile(file)).statusCode();
    }

    /** A call that must succeed (2xx); its answer. */
    Answer ok(Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("FocusFlow answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = client.send(request.header("Authorization", auth).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + API + path);
    }

    /** CPU time (user + system, all threads) the process has used, in ms (clock ticks of 10 ms). */
    double cpuMillis() throws IOException {
        return ticks(Path.of("/proc", Long.toString(process.pid()), "stat")) * 10.0;
    }

    /** CPU time of the process's threads whose name starts with {@code prefix} (Linux keeps 15 characters), in ms. */
    double threadCpuMillis(String prefix) throws IOException {
        String name = prefix.length() > 15 ? prefix.substring(0, 15) : prefix;
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : tasks) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().startsWith(name)) {
                        ticks += ticks(task.resolve("stat"));
                    }
                } catch (IOException ended) {
                    // the thread ended while we looked
                }
            }
        }
        return ticks * 10.0;
    }

    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
    }

    /** Polls health until UP; returns the nanoTime it did. */
    private long awaitUp() throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("FocusFlow exited with " + process.exitValue() + ", see " + home);
            }
            if (auth == null) {
                auth = basic(home.resolve("credentials.properties"));
            }
            if (auth != null) {
                try {
                    Answer health = get("/health");
                    if (health.status() == 200 && health.body().startsWith("{\"status\":\"UP\"")) {
                        return System.nanoTime();
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("FocusFlow was not UP within " + TIMEOUT.toSeconds() + " s, see " + home);
    }

    /** The Basic authorization of a data dir's credentials file, or null while it is missing or being written. */
    static String basic(Path credentials) throws IOException {
        if (!Files.exists(credentials)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(credentials)) {
            p.load(in);
        }
        if (p.getProperty("username") == null || p.getProperty("password") == null) {
            return null; // still being written
        }
        String pair = p.getProperty("username") + ":" + p.getProperty("password");
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM, as a user stops it; forcibly after 30 s. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
