package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The process watcher of a running FocusFlow (the exported jar, over its HTTP API and {@code load/*.cfg}): its
 * CPU per scan with each process source while an app is blocked, read from {@code /proc} for its thread; and how
 * long a blocked app lives under the default settings.
 */
final class ProcessScans {

    /** The watcher's thread (ProcessBlocker's single worker). */
    static final String THREAD = "FocusFlow process watcher";
    static final String NEVER_RUNNING = "ffbench-not-running";

    private ProcessScans() {
    }

    static void run(Path jar, Sleepers sleepers, int runs, int seconds) throws Exception {
        Path home = Files.createTempDirectory("focusflow-bench-blocking").resolve("home");
        try (App app = App.start(jar, home, List.of(), App.blockingFiles(home))) {
            app.ok(app.post("/blocklist", app("ffbench-not-running")));
            app.ok(app.put("/blocking", "{\"enabled\":true}"));
            app.ok(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":720}")); // blocking engages with it
            System.out.printf("%nProcess watcher with %d processes: CPU of its thread per scan (interval 1 s, %d s each)%n",
                    sleepers.count(), seconds);
            System.out.println("| source | CPU per scan (ms) | % of a core at the default 2 s |");
            System.out.println("|---|---|---|");
            for (String source : List.of("proc", "jdk", "oshi")) {
                configure(home, source, 1);
                double cpu0 = app.threadCpuMillis(THREAD);
                Thread.sleep(seconds * 1000L);
                double perScan = (app.threadCpuMillis(THREAD) - cpu0) / seconds;
                System.out.printf("| %s | %.2f | %.3f %% |%n", source, perScan, perScan / 2000 * 100);
            }
            configure(home, "auto", BlockingBench.DEFAULT_INTERVAL_SECONDS);
            lifetimes(app, sleepers, runs);
        }
    }

    /** The process source and scan interval, as a .cfg file; FileInstall applies it within about a second. */
    private static void configure(Path home, String source, int intervalSeconds) throws Exception {
        Files.writeString(home.resolve("load/com.focusflow.blocking.process.cfg"), "source=" + source + "\nintervalSeconds="
                + intervalSeconds + "\nusers=" + System.getProperty("user.name") + "\n");
        Thread.sleep(3_000); // applied, and the watcher past its first (full) scan
    }

    /** From a blocked app's start to its death, the apps started at random moments. */
    private static void lifetimes(App app, Sleepers sleepers, int runs) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            names.add(BlockingBench.randomName());
            app.ok(app.post("/blocklist", app(names.get(i))));
        }
        Thread.sleep(1000);
        double[] lives = new double[runs];
        for (int i = 0; i < runs; i++) {
            Thread.sleep((long) (Math.random() * 2000));
            long t0 = System.nanoTime();
            Process victim = sleepers.victim(names.get(i));
            if (!victim.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("victim survived 30 s");
            }
            lives[i] = (System.nanoTime() - t0) / 1e6;
        }
        double max = 0;
        for (double life : lives) {
            max = Math.max(max, life);
        }
        System.out.printf("%nBlocked app from start to death (default interval and grace, %d runs): median %.0f ms, max %.0f ms%n",
                runs, Stats.median(lives), max);
    }

    private static String app(String name) {
        return "{\"type\":\"app\",\"value\":\"" + name + "\"}";
    }
}
