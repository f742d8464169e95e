package com.focusflow.bench;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.ops4j.pax.jdbc.sqlite.impl.SqliteDataSourceFactory;
import org.osgi.framework.BundleContext;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;
import com.focusflow.persistence.internal.DatabaseConfig;
import com.focusflow.persistence.internal.PooledSqliteDataSource;
import com.focusflow.session.internal.ExecutorScheduler;
import com.focusflow.session.internal.SessionEvents;
import com.focusflow.session.internal.SessionLifecycle;
import com.focusflow.session.internal.SessionStore;

/**
 * Sessions on SQLite with FocusFlow's own classes, outside OSGi: the pooled DataSource (pax-jdbc SQLite,
 * HikariCP, WAL), the session bundle's migration scripts and JPA unit (EclipseLink) and its lifecycle. A cold
 * figure is the first in a fresh JVM (one child JVM per run), as at FocusFlow's start; warm figures are
 * medians of repeated runs in one JVM.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl bench -am
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.SessionBench [--runs 21] [--rows 40000]
 * </pre>
 */
public final class SessionBench {

    static final String UNIT = "focusflow.session";
    static final String MODULE = "com.focusflow.session";
    static final int PAGE = 50;

    static final SessionEvents NO_EVENTS = new SessionEvents() {
        @Override
        public void started(Session session) {
        }

        @Override
        public void resumed(Session session) {
        }

        @Override
        public void ended(Session session) {
        }

        @Override
        public void imported(Instant from, Instant to, int count) {
        }
    };

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--cold")) {
            cold(Path.of(args[1]));
            return;
        }
        int runs = intArg(args, "--runs", 21);
        int rows = intArg(args, "--rows", 40_000);
        Path dir = Files.createTempDirectory("focusflow-session-bench");
        Path file = dir.resolve("focusflow.db");

        List<String> table = new ArrayList<>();
        table.add("| what | median (ms) | runs |");
        table.add("|---|---|---|");
        Timing creation = time(1, () -> withDatabase(file, SessionBench::migrate));
        table.add(row("create the database file and migrate it to the newest schema (first run)", creation, 1));
        table.addAll(coldOpen(file, Math.max(3, runs / 3)));
        table.add(row("open + migration check, up-to-date file, warm JVM", time(runs, () -> withDatabase(file, SessionBench::migrate)), runs));

        PooledSqliteDataSource ds = open(file);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (SessionStore store = new SessionStore(Persistence.createEntityManagerFactory(UNIT, Map.of("javax.persistence.nonJtaDataSource", ds)))) {
            SessionLifecycle sessions = new SessionLifecycle(store, System::nanoTime, Instant::now,
                    new ExecutorScheduler(executor), NO_EVENTS, Duration.ofSeconds(15));
            sessions.recover();
            long seeded = seed(ds, rows);
            table.add(String.format("| seed %,d ended sessions over 10 years in one transaction (JDBC batch) | %.0f | 1 |",
                    rows, seeded / 1e6));
            long total = sessions.history(null, null, 1, 0).total();
            Instant weekFrom = Instant.parse("2021-03-01T00:00:00Z");
            Instant weekTo = weekFrom.plus(Duration.ofDays(7));
            table.add(row(String.format("history: newest page of %d of %,d sessions", PAGE, total),
                    time(runs, () -> sessions.history(null, null, PAGE, 0)), runs));
            table.add(row("history: page at offset 20,000", time(runs, () -> sessions.history(null, null, PAGE, 20_000)), runs));
            table.add(row("history: last page", time(runs, () -> sessions.history(null, null, PAGE, (int) total - PAGE)), runs));
            table.add(row("history: one week (from/to), first page", time(runs, () -> sessions.history(weekFrom, weekTo, PAGE, 0)), runs));
            AtomicLong seen = new AtomicLong();
            table.add(row("forEachOverlapping: one week", time(runs, () -> sessions.forEachOverlapping(weekFrom, weekTo, s -> seen.incrementAndGet())), runs));
            table.add(row(String.format("forEachOverlapping: all 10 years (%,d sessions, streamed)", total),
                    time(5, () -> sessions.forEachOverlapping(Instant.EPOCH, Instant.now(), s -> seen.incrementAndGet())), 5));

            time(200, () -> startAndEnd(sessions));
            table.add(row("start + end of a session (2 transactions), next to those rows", time(runs * 20,
                    () -> startAndEnd(sessions)), runs * 20));
        } finally {
            executor.shutdownNow();
            ds.close();
        }
        System.out.printf("%nSessions on SQLite (%s, %d cores, Java %s)%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        table.forEach(System.out::println);
    }

    /** Child JVM: one open + migration check of an up-to-date file, then the JPA unit, then the first query. */
    private static void cold(Path file) throws Exception {
        long t0 = System.nanoTime();
        PooledSqliteDataSource ds = open(file);
        migrate(ds);
        long t1 = System.nanoTime();
        try (SessionStore store = new SessionStore(Persistence.createEntityManagerFactory(UNIT, Map.of("javax.persistence.nonJtaDataSource", ds)))) {
            new SessionLifecycle(store, System::nanoTime, Instant::now, new ExecutorScheduler(null), NO_EVENTS,
                    Duration.ofSeconds(15)).recover();
        }
        long t2 = System.nanoTime();
        ds.close();
        System.out.println((t1 - t0) + " " + (t2 - t1));
    }

    private static List<String> coldOpen(Path file, int runs) throws IOException, InterruptedException {
        double[] open = new double[runs];
        double[] jpa = new double[runs];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < runs; i++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SessionBench.class.getName(),
                    "--cold", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String[] out = new String(child.getInputStream().readAllBytes()).strip().split("\\R");
            if (child.waitFor() != 0) {
                throw new IllegalStateException("cold run failed: " + String.join("\n", out));
            }
            String[] parts = out[out.length - 1].split(" ");
            open[i] = Long.parseLong(parts[0]) / 1e6;
            jpa[i] = Long.parseLong(parts[1]) / 1e6;
        }
        return List.of(
                String.format("| open + migration check, up-to-date file, first in a fresh JVM | %.0f | %d |", Stats.median(open), runs),
                String.format("| then: JPA unit (EntityManagerFactory) + recovery query, fresh JVM | %.0f | %d |", Stats.median(jpa), runs));
    }

    private static void startAndEnd(SessionLifecycle sessions) {
        sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        sessions.end();
    }

    /** Ended sessions, evenly spread over 2016..2025, as JDBC rows (the bench measures reads, not this). */
    static long seed(DataSource ds, int rows) throws SQLException {
        long start = System.nanoTime();
        long from = Instant.parse("2016-01-01T00:00:00Z").toEpochMilli();
        long step = (Instant.parse("2026-01-01T00:00:00Z").toEpochMilli() - from) / rows;
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO sessions "
                + "(id, start_time, end_time, planned_duration_minutes, actual_duration_seconds, session_type, completed) "
                + "VALUES (?, ?, ?, 25, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                long t = from + i * step;
                long actual = i % 5 == 0 ? 900 : 1500;
                insert.setString(1, "seed-" + i);
                insert.setLong(2, t);
                insert.setLong(3, t + actual * 1000);
                insert.setLong(4, actual);
                insert.setString(5, i % 4 == 3 ? "break" : "focus");
                insert.setInt(6, actual == 1500 ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        return System.nanoTime() - start;
    }

    interface Work {
        void run() throws Exception;
    }

    private interface DatabaseWork {
        void run(DataSource ds) throws Exception;
    }

    record Timing(double medianMillis) {
    }

    static Timing time(int runs, Work work) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return new Timing(Stats.median(millis));
    }

    static String row(String what, Timing timing, int runs) {
        return String.format("| %s | %s | %d |", what, timing.medianMillis() < 10 ? String.format("%.2f", timing.medianMillis())
                : String.format("%.0f", timing.medianMillis()), runs);
    }

    private static void withDatabase(Path file, DatabaseWork work) throws Exception {
        PooledSqliteDataSource ds = open(file);
        try {
            work.run(ds);
        } finally {
            ds.close();
        }
    }

    static void migrate(DataSource ds) {
        new SchemaMigrator(MODULE, MigrationScripts.fromCodeSource(SessionStore.class, MigrationScripts.DEFAULT_FOLDER))
                .migrate(ds);
    }

    /** FocusFlow's DataSource component with its default settings, on {@code file}. */
    static PooledSqliteDataSource open(Path file) throws Exception {
        BundleContext context = proxy(BundleContext.class, Map.of("getProperty", file.getParent().toString()));
        DatabaseConfig config = proxy(DatabaseConfig.class, Map.of("path", file.toString()));
        return new PooledSqliteDataSource(context, config, new SqliteDataSourceFactory());
    }

    /** An interface whose methods answer from {@code answers}, or their annotation default. */
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(SessionBench.class.getClassLoader(), new Class<?>[] { type },
                (p, method, a) -> answers.containsKey(method.getName()) ? answers.get(method.getName()) : method.getDefaultValue()));
    }

    static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
