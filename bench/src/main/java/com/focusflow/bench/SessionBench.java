package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sessions as a client sees them: the exported FocusFlow jar, driven over its HTTP API (so every figure includes
 * the HTTP round trip and the JSON, about a millisecond on loopback). Start-up on an empty data dir (database
 * created and migrated) and with the history in it; the history's pages; starting and ending a session.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl run,bench -am
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.SessionBench \
 *     [--jar run/target/focusflow.jar] [--runs 21] [--rows 40000]
 * </pre>
 */
public final class SessionBench {

    static final int PAGE = 50;

    public static void main(String[] args) throws Exception {
        int runs = Args.integer(args, "--runs", 21);
        int rows = Args.integer(args, "--rows", 40_000);
        Path jar = App.jar(args);
        Path dir = Files.createTempDirectory("focusflow-session-bench");
        Path home = dir.resolve("home");
        List<String> table = new ArrayList<>();
        table.add("| what | median (ms) | runs |");
        table.add("|---|---|---|");
        Path history = Documents.sessions(dir.resolve("history.json"), rows);
        try (App app = App.start(jar, home, List.of(), Map.of())) {
            table.add(String.format("| JVM start until health UP, empty data dir (database created and migrated) | %s | 1 |",
                    Measure.ms(app.upNanos / 1e6)));
            double[] seed = Measure.once(app, () -> app.ok(app.post("/import", history)));
            table.add(String.format("| seed %,d ended sessions over 10 years (POST /import; CPU %s ms) | %s | 1 |", rows,
                    Measure.ms(seed[1]), Measure.ms(seed[0])));
            long total = app.ok(app.get("/sessions?limit=1")).json().get("total").asLong();
            Measure.median(runs, () -> app.ok(app.get("/sessions?limit=" + PAGE))); // warm-up
            table.add(row(String.format("history: newest page of %d of %,d sessions", PAGE, total), runs,
                    () -> app.ok(app.get("/sessions?limit=" + PAGE))));
            table.add(row("history: page at offset 20,000", runs, () -> app.ok(app.get("/sessions?limit=" + PAGE + "&offset=20000"))));
            table.add(row("history: last page", runs, () -> app.ok(app.get("/sessions?limit=" + PAGE + "&offset=" + (total - PAGE)))));
            table.add(row("history: one week (from/to), first page", runs, () -> app.ok(app.get(
                    "/sessions?from=2021-03-01T00:00:00Z&to=2021-03-08T00:00:00Z&limit=" + PAGE))));
            Measure.median(50, () -> startAndEnd(app));
            table.add(row("start + end of a session (POST /sessions, POST /sessions/active/end), next to those rows",
                    runs * 5, () -> startAndEnd(app)));
        }
        try (App again = App.start(jar, home, List.of(), Map.of())) {
            table.add(String.format("| JVM start until health UP, the same data dir (%,d sessions, migration check) | %s | 1 |",
                    rows, Measure.ms(again.upNanos / 1e6)));
        }
        Measure.print("Sessions", table);
    }

    private static void startAndEnd(App app) throws Exception {
        app.ok(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25}"));
        app.ok(app.post("/sessions/active/end", ""));
    }

    private static String row(String what, int runs, Measure.Work work) throws Exception {
        return String.format("| %s | %s | %d |", what, Measure.ms(Measure.median(runs, work)), runs);
    }
}
