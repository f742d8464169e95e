package com.focusflow.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** One way of starting a JVM and knowing when it is ready; {@link #run} measures one start. */
final class Launch {

    /** Port for the benchmark, so a FocusFlow the user runs on 8089 does not get in the way. */
    /** -Dbench.port=... when another run (another checkout) already uses the default. */
    static final int PORT = Integer.getInteger("bench.port", 18089);
    /** -Dbench.timeoutSeconds=... on a machine so busy that a start takes longer. */
    static final int TIMEOUT_SECONDS = Integer.getInteger("bench.timeoutSeconds", 60);

    /**
     * @param startupMillis until the launch answers (FocusFlow: health 200, whatever its status)
     * @param upMillis until everything is up (FocusFlow: health status UP, i.e. every component satisfied
     *        and every part healthy, sessions ready); the same as startup for the baseline
     * @param threads the JVM's threads after the idle time
     * @param windowMillis until the window has opened with its content (FocusFlow logs "FocusFlow window open"
     *        right after the stage with its scene is shown); NaN without a window
     * @param cpuMillis CPU time (user + system, all threads) the JVM had used when everything was up: on a
     *        machine shared with other work it moves far less than the wall-clock figures
     */
    record Result(double startupMillis, double upMillis, double rssMib, int threads, double windowMillis,
            double cpuMillis) {
        @Override
        public String toString() {
            return String.format("%.0f ms (UP %.0f ms%s, CPU %.0f ms), %.1f MiB, %d threads", startupMillis, upMillis,
                    Double.isNaN(windowMillis) ? "" : String.format(", window %.0f ms", windowMillis), cpuMillis, rssMib,
                    threads);
        }
    }

    /** The line FocusFlow's UI logs once the window is shown with its content. */
    private static final String WINDOW_OPEN = "FocusFlow window open";

    /** Waits until the launch is ready; returns the nanoTime at which everything was up. */
    private interface Readiness {
        /** @param at [0] the first answer, [1] the window shown (filled when seen) */
        long await(Process process, long[] at) throws Exception;
    }

    private final List<String> command;
    private final Map<String, String> env;
    private final Readiness readiness;
    private final Path home;
    private final boolean window;
    /** A dynamic class-data sharing archive (null: none): the first run records it, the later ones map it. */
    private final Path archive;

    private Launch(List<String> command, Map<String, String> env, Path home, boolean window, Readiness readiness,
            Path archive) {
        this.command = command;
        this.env = env;
        this.home = home;
        this.window = window;
        this.readiness = readiness;
        this.archive = archive;
    }

    /**
     * The same launch with class-data sharing as run/focusflow has it: while {@code archive} does not exist, the
     * run records it (written when the JVM exits, i.e. when {@link #run} has stopped it); later runs map it.
     */
    Launch sharingClassesIn(Path archive) {
        return new Launch(command, env, home, window, readiness, archive);
    }

    /** FocusFlow headless, or with its window ({@code window}: needs a display). */
    /** @param java the java executable; empty for the JVM running the bench */
    static Launch focusflow(String java, Path jar, Path home, List<String> jvm, Map<String, String> env, boolean window) {
        List<String> cmd = java(jvm);
        if (!java.isEmpty()) {
            cmd.set(0, java);
        }
        cmd.add("-Dorg.osgi.service.http.port=" + PORT);
        cmd.addAll(List.of("-jar", jar.toString()));
        if (!window) {
            cmd.add("--headless");
        }
        Path log = home.resolve("logs").resolve("focusflow.log");
        return new Launch(cmd, env, home, window, (process, at) -> awaitHealth(process, home, window ? log : null, at), null);
    }

    static Launch bareFelix(Path jar, Path cache, List<String> jvm, Map<String, String> env) {
        List<String> cmd = java(jvm);
        cmd.add("-Dlaunch.storage.dir=" + cache);
        cmd.addAll(List.of("-jar", jar.toString()));
        return new Launch(cmd, env, null, false, (process, at) -> at[0] = awaitReadyLine(process), null);
    }

    private static List<String> java(List<String> jvm) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        return cmd;
    }

    /** Starts the JVM, waits until ready, idles, reads the resident set size, and stops it. */
    Result run(Duration idle) throws Exception {
        List<String> cmd = new ArrayList<>(command);
        if (archive != null) {
            String use = Files.exists(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=";
            cmd.addAll(1, List.of(use + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().putAll(env);
        if (home != null) {
            // FocusFlow's readiness is its health endpoint: its output is not read, so it must not fill a pipe.
            builder.environment().put("FOCUSFLOW_HOME", home.toString());
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            long[] at = new long[2];
            long upAt = readiness.await(process, at);
            double cpu = cpuMillis(process.pid());
            Thread.sleep(idle.toMillis());
            return new Result((at[0] - t0) / 1e6, (upAt - t0) / 1e6, rssMib(process.pid()),
                    (int) status(process.pid(), "Threads:"), window ? (at[1] - t0) / 1e6 : Double.NaN, cpu);
        } finally {
            process.destroy(); // SIGTERM: a clean stop, as a user would do it
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** @param windowLog the log to watch for the window (null: no window); only lines written by this start count */
    private static long awaitHealth(Process process, Path home, Path windowLog, long[] at) throws Exception {
        boolean window = windowLog != null;
        long logStart = window && Files.exists(windowLog) ? Files.size(windowLog) : 0;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI health = URI.create("http://127.0.0.1:" + PORT + "/focusflow/api/v1/health");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        long upAt = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("FocusFlow exited with " + process.exitValue() + " (port " + PORT
                        + " taken? see " + home.resolve("logs") + ")");
            }
            if (window && at[1] == 0 && logSays(windowLog, logStart, WINDOW_OPEN)) {
                at[1] = System.nanoTime();
            }
            if (upAt != 0) {
                if (!window || at[1] != 0) {
                    return upAt;
                }
                Thread.sleep(10);
                continue;
            }
            String auth = App.basic(home.resolve("credentials.properties"));
            if (auth != null) {
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(health).header("Authorization", auth)
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        long now = System.nanoTime();
                        if (at[0] == 0) {
                            at[0] = now;
                        }
                        if (r.body().startsWith("{\"status\":\"UP\"")) {
                            upAt = now;
                            continue;
                        }
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("FocusFlow did not become healthy within " + TIMEOUT_SECONDS + " s");
    }

    private static boolean logSays(Path log, long from, String line) throws IOException {
        if (!Files.exists(log)) {
            return false;
        }
        String text = Files.readString(log, StandardCharsets.ISO_8859_1);
        return text.substring(text.length() >= from ? (int) from : 0).contains(line); // shorter: the log rolled over
    }

    private static long awaitReadyLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null;) {
            if (line.contains(ReadySignal.READY)) {
                return System.nanoTime();
            }
        }
        throw new IllegalStateException("bare Felix exited without becoming ready");
    }

    /** utime + stime from /proc/PID/stat (Linux), in clock ticks of 10 ms. */
    private static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0; // fields 14 and 15 of the full line
    }

    /** Resident set size from /proc (Linux). */
    private static double rssMib(long pid) throws IOException {
        return status(pid, "VmRSS:") / 1024.0;
    }

    /** A number from /proc/PID/status (Linux), e.g. VmRSS in KiB or Threads; NaN if absent. */
    private static double status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return Double.NaN;
    }
}
