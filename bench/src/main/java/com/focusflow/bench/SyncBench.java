package com.focusflow.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.persistence.Persistence;

import com.focusflow.analytics.internal.Analytics;
import com.focusflow.analytics.internal.AnalyticsStore;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;
import com.focusflow.persistence.internal.PooledSqliteDataSource;
import com.focusflow.session.internal.ExecutorScheduler;
import com.focusflow.session.internal.SessionLifecycle;
import com.focusflow.session.internal.SessionSection;
import com.focusflow.session.internal.SessionStore;
import com.focusflow.sync.internal.Sync;

/**
 * Statistics over ten years of history, and export and import of many sessions, with FocusFlow's own classes
 * outside OSGi (the same DataSource, migrations, JPA unit, analytics and sync code as in the app). Peak heap
 * is the sum of the heap pools' peaks since a GC and reset just before the step (an upper bound of the real
 * peak); run with a bounded heap to show the steps fit in it.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl bench -am
 * java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.SyncBench \
 *     [--runs 21] [--history 40000] [--sessions 100000]
 * </pre>
 */
public final class SyncBench {

    static final String ANALYTICS = "com.focusflow.analytics";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 12, 31);

    /** The heap the export gets in a child JVM, to show it does not grow with the number of sessions. */
    static final String EXPORT_HEAP = "-Xmx24m";

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--export")) {
            exportOnly(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int runs = SessionBench.intArg(args, "--runs", 21);
        int history = SessionBench.intArg(args, "--history", 40_000);
        int sessions = SessionBench.intArg(args, "--sessions", 100_000);
        Path dir = Files.createTempDirectory("focusflow-sync-bench");
        List<String> table = new ArrayList<>();
        table.add("| what | median (ms) | runs | peak heap (MiB) |");
        table.add("|---|---|---|---|");
        statistics(dir.resolve("stats.db"), history, runs, table);
        exportAndImport(dir, sessions, table);
        System.out.printf("%nStatistics, export and import (%s, %d cores, Java %s, max heap %d MiB)%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        table.forEach(System.out::println);
    }

    private static void statistics(Path file, int history, int runs, List<String> table) throws Exception {
        PooledSqliteDataSource ds = SessionBench.open(file);
        try (SessionStore store = new SessionStore(Persistence.createEntityManagerFactory(SessionBench.UNIT,
                Map.of("javax.persistence.nonJtaDataSource", ds)))) {
            SessionBench.migrate(ds);
            new SchemaMigrator(ANALYTICS, MigrationScripts.fromCodeSource(AnalyticsStore.class, MigrationScripts.DEFAULT_FOLDER))
                    .migrate(ds);
            SessionLifecycle lifecycle = new SessionLifecycle(store, System::nanoTime, Instant::now,
                    new ExecutorScheduler(null), SessionBench.NO_EVENTS, Duration.ofSeconds(15));
            lifecycle.recover();
            SessionBench.seed(ds, history);
            Analytics analytics = new Analytics(new AnalyticsStore(ds), lifecycle, ZONE, 120, date -> {
            });
            Heap.reset();
            SessionBench.Timing rebuild = SessionBench.time(3, () -> analytics.rebuild(FIRST, LAST));
            table.add(row(String.format("rebuild of 10 years (%,d days, %,d sessions)", LAST.toEpochDay() - FIRST.toEpochDay() + 1,
                    history), rebuild, 3, Heap.peakMiB()));
            Random random = new Random(42);
            int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
            Heap.reset();
            table.add(row("weekly stats (7 days, totals, streak as of the last day), a random week of the 10 years",
                    SessionBench.time(runs, () -> analytics.weekly(FIRST.plusDays(random.nextInt(days)))), runs, Heap.peakMiB()));
            Heap.reset();
            table.add(row("productivity score of a random day", SessionBench.time(runs,
                    () -> analytics.score(FIRST.plusDays(random.nextInt(days)))), runs, Heap.peakMiB()));
            table.add(row("weekly stats of the last week (streak over the whole history)", SessionBench.time(runs,
                    () -> analytics.weekly(LAST)), runs, Double.NaN));
        } finally {
            ds.close();
        }
    }

    private static void exportAndImport(Path dir, int count, List<String> table) throws Exception {
        Path document = dir.resolve("sessions.json");
        writeDocument(document, count);
        table.add(String.format("| (import file: %,d sessions, %.1f MiB) | | | |", count, Files.size(document) / 1048576.0));
        try (Device empty = new Device(dir.resolve("import.db"))) {
            Measured first = measure(() -> empty.importFrom(document));
            table.add(row(String.format("import of %,d sessions into an empty database", count), first.timing(), 1, first.peakMiB()));
            Measured again = measure(() -> empty.importFrom(document));
            table.add(row("the same import again (all unchanged)", again.timing(), 1, again.peakMiB()));
            Path out = dir.resolve("export.json");
            Measured export = measure(() -> empty.exportTo(out));
            table.add(row(String.format("export of %,d sessions to a file (%.1f MiB)", count, Files.size(out) / 1048576.0),
                    export.timing(), 1, export.peakMiB()));
        }
        Path out = dir.resolve("child-export.json");
        table.add(childExport(dir.resolve("import.db"), out, count));
    }

    /** Child JVM with a small heap: exports the database, prints the time it took and the JVM's peak heap. */
    private static void exportOnly(Path database, Path out) throws Exception {
        try (Device device = new Device(database)) {
            long t0 = System.nanoTime();
            device.exportTo(out);
            System.out.printf("%d %.1f%n", System.nanoTime() - t0, Heap.peakMiB());
        }
    }

    private static String childExport(Path database, Path out, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, EXPORT_HEAP, "-cp", System.getProperty("java.class.path"),
                SyncBench.class.getName(), "--export", database.toString(), out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String[] lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\R");
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the export with " + EXPORT_HEAP + " failed: " + String.join("\n", lines));
        }
        String[] parts = lines[lines.length - 1].split(" ");
        return String.format("| export of %,d sessions in a fresh JVM with %s (heap of the whole JVM) | %.0f | 1 | %s |", count,
                EXPORT_HEAP, Long.parseLong(parts[0]) / 1e6, parts[1]);
    }

    /** A document of ended sessions spread over the 10 years, as another FocusFlow would write it. */
    static void writeDocument(Path file, int count) throws IOException {
        Instant from = FIRST.atStartOfDay(ZONE).toInstant();
        long step = Duration.between(from, LAST.atStartOfDay(ZONE).toInstant()).toMillis() / count;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"formatVersion\":1,\"appVersion\":\"bench\",\"exportedAt\":\"2026-01-01T00:00:00Z\",\"sections\":{\""
                    + SyncFormat.SESSIONS + "\":{\"items\":[");
            for (int i = 0; i < count; i++) {
                Instant start = from.plusMillis(i * step);
                long actual = i % 5 == 0 ? 900 : 1500;
                out.write(String.format("%s{\"id\":\"%s\",\"type\":\"%s\",\"startTime\":\"%s\",\"endTime\":\"%s\","
                        + "\"plannedMinutes\":25,\"actualSeconds\":%d,\"completed\":%s,\"strict\":false,\"label\":%s}",
                        i == 0 ? "" : ",", UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8)),
                        i % 4 == 3 ? "break" : "focus", start, start.plusSeconds(actual), actual, actual == 1500,
                        i % 10 == 0 ? "\"writing\"" : "null"));
            }
            out.write("]}}}");
        }
    }

    /** One database with the session section behind FocusFlow's sync code. */
    static final class Device implements AutoCloseable {
        final PooledSqliteDataSource ds;
        final SessionStore store;
        final Sync sync;
        final Map<String, DataContributor<?>> sections;

        Device(Path file) throws Exception {
            ds = SessionBench.open(file);
            SessionBench.migrate(ds);
            store = new SessionStore(Persistence.createEntityManagerFactory(SessionBench.UNIT, Map.of("javax.persistence.nonJtaDataSource", ds)));
            sections = Map.of(SyncFormat.SESSIONS, new SessionSection(store, SessionBench.NO_EVENTS, Instant::now));
            sync = new Sync(() -> sections, "bench", Clock.systemUTC());
        }

        ImportReport importFrom(Path document) throws IOException {
            try (InputStream in = Files.newInputStream(document)) {
                return sync.importFrom(in);
            }
        }

        void exportTo(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                sync.exportTo(out);
            }
        }

        @Override
        public void close() {
            store.close();
            ds.close();
        }
    }

    record Measured(SessionBench.Timing timing, double peakMiB) {
    }

    static Measured measure(SessionBench.Work work) throws Exception {
        Heap.reset();
        SessionBench.Timing timing = SessionBench.time(1, work);
        return new Measured(timing, Heap.peakMiB());
    }

    static String row(String what, SessionBench.Timing timing, int runs, double peakMiB) {
        String base = SessionBench.row(what, timing, runs);
        return base + (Double.isNaN(peakMiB) ? " |" : String.format(" %.1f |", peakMiB));
    }

    /** Heap use from the JVM's memory pools. */
    static final class Heap {
        private Heap() {
        }

        /** A full GC, then every heap pool's peak set to its current use. */
        static void reset() {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        /** The sum of the heap pools' peaks since {@link #reset}, in MiB. */
        static double peakMiB() {
            return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        }
    }
}
