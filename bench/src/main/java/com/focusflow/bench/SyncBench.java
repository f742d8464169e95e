package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Statistics over ten years of history, and export and import of many sessions, as a client sees them: the
 * exported FocusFlow jar driven over its HTTP API ({@code GET /stats/...}, {@code POST /import}, {@code GET
 * /export}). Each import and export is also given as the CPU time FocusFlow's process used for it (all threads,
 * GC included), which a busy machine disturbs far less than the wall clock. {@code --jvm} passes options to
 * FocusFlow's JVM, e.g. {@code "-Xmx64m"} to show the import fits in that heap.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl run,bench -am
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.SyncBench \
 *     [--jar run/target/focusflow.jar] [--runs 21] [--history 40000] [--sessions 100000] [--jvm "-Xmx64m"]
 * </pre>
 */
public final class SyncBench {

    public static void main(String[] args) throws Exception {
        int runs = Args.integer(args, "--runs", 21);
        int history = Args.integer(args, "--history", 40_000);
        int sessions = Args.integer(args, "--sessions", 100_000);
        List<String> jvm = List.of(Args.string(args, "--jvm", "").split(" ")).stream().filter(s -> !s.isBlank()).toList();
        Path dir = Files.createTempDirectory("focusflow-sync-bench");
        List<String> table = new ArrayList<>();
        table.add("| what | median wall (ms) | CPU (ms) | runs |");
        table.add("|---|---|---|---|");
        statistics(App.jar(args), dir, jvm, history, runs, table);
        importAndExport(App.jar(args), dir, jvm, sessions, table);
        Measure.print("Statistics, import and export", table);
    }

    private static void statistics(Path jar, Path dir, List<String> jvm, int history, int runs, List<String> table) throws Exception {
        Path document = Documents.sessions(dir.resolve("history.json"), history);
        try (App app = App.start(jar, dir.resolve("stats-home"), jvm, Map.of())) {
            app.ok(app.post("/import", document)); // the days it touched are recomputed in the background
            Random random = new Random(42);
            int days = (int) (Documents.LAST.toEpochDay() - Documents.FIRST.toEpochDay());
            Measure.median(runs, () -> app.ok(app.get("/stats/weekly?end=" + Documents.FIRST.plusDays(random.nextInt(days)))));
            table.add(row(String.format("weekly stats (7 days, totals, streak) of a random week of the 10 years (%,d sessions)",
                    history), runs, () -> app.ok(app.get("/stats/weekly?end=" + Documents.FIRST.plusDays(random.nextInt(days))))));
            table.add(row("productivity score of a random day", runs,
                    () -> app.ok(app.get("/stats/score?date=" + Documents.FIRST.plusDays(random.nextInt(days))))));
            table.add(row("weekly stats of the last week (streak over the whole history)", runs,
                    () -> app.ok(app.get("/stats/weekly?end=" + Documents.LAST))));
        }
    }

    private static void importAndExport(Path jar, Path dir, List<String> jvm, int count, List<String> table) throws Exception {
        Path document = Documents.sessions(dir.resolve("sessions.json"), count);
        table.add(String.format("| (import file: %,d sessions, %.1f MiB%s) | | | |", count, Files.size(document) / 1048576.0,
                jvm.isEmpty() ? "" : "; FocusFlow's JVM: " + String.join(" ", jvm)));
        Path home = dir.resolve("import-home");
        try (App app = App.start(jar, home, jvm, Map.of())) {
            table.add(once(app, String.format("import of %,d sessions into an empty database", count),
                    () -> app.ok(app.post("/import", document))));
            table.add(once(app, "the same import again (all unchanged)", () -> app.ok(app.post("/import", document))));
            Path out = dir.resolve("export.json");
            table.add(once(app, String.format("export of %,d sessions (GET /export, streamed to a file)", count), () -> {
                if (app.download("/export", out) != 200) {
                    throw new IllegalStateException("the export failed");
                }
            }));
        }
        try (App app = App.start(jar, home, jvm, Map.of())) {
            table.add(once(app, "the same import after a restart of FocusFlow (all unchanged)",
                    () -> app.ok(app.post("/import", document))));
            app.ok(app.post("/sessions", "{\"type\":\"break\",\"plannedMinutes\":5}"));
            app.ok(app.post("/sessions/active/end", ""));
            table.add(once(app, "the same import after a session was started and ended (all unchanged)",
                    () -> app.ok(app.post("/import", document))));
            table.add(once(app, "the same import again right after that", () -> app.ok(app.post("/import", document))));
        }
    }

    static String once(App app, String what, Measure.Work work) throws Exception {
        double[] figures = Measure.once(app, work);
        return String.format("| %s | %s | %s | 1 |", what, Measure.ms(figures[0]), Measure.ms(figures[1]));
    }

    private static String row(String what, int runs, Measure.Work work) throws Exception {
        return String.format("| %s | %s | | %d |", what, Measure.ms(Measure.median(runs, work)), runs);
    }
}
