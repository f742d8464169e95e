package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of issue 17 point 3 with two FocusFlow runtimes (the exported jar, separate data dirs) sharing one
 * sync folder, configured as a user would ({@code load/com.focusflow.sync.folder.cfg}) and watched over the HTTP
 * API ({@code GET /sync/devices}). Peer B imports the history ({@code POST /import}) and writes its files; device
 * A merges them; then A's folder thread idles through rescans of the unchanged peer; then one new session on B.
 * Costs are the CPU time of each runtime's sync-folder thread (from {@code /proc}), which the rest of the
 * runtime and a busy machine do not disturb; the wall times include the rescan and watch delays.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl run,bench -am
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.FolderSyncBench \
 *     [--jar run/target/focusflow.jar] [--sessions 100000] [--idle 60]
 * </pre>
 */
public final class FolderSyncBench {

    /** The folder thread's name (FolderSync's single worker). */
    static final String THREAD = "focusflow-sync-folder";
    static final int RESCAN_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        int sessions = Args.integer(args, "--sessions", 100_000);
        int idle = Args.integer(args, "--idle", 60);
        Path jar = App.jar(args);
        Path dir = Files.createTempDirectory("focusflow-folder-bench");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path document = Documents.sessions(dir.resolve("sessions.json"), sessions);
        List<String> table = new ArrayList<>();
        table.add("| what | wall (ms) | CPU of the sync-folder thread (ms) |");
        table.add("|---|---|---|");
        try (App b = App.start(jar, dir.resolve("b"), List.of(), folder(shared, "b"));
                App a = App.start(jar, dir.resolve("a"), List.of(), folder(shared, "a"))) {
            double bWrite0 = b.threadCpuMillis(THREAD);
            double aMerge0 = a.threadCpuMillis(THREAD);
            long t0 = System.nanoTime();
            b.ok(b.post("/import", document));
            JsonNode peer = awaitPeer(a, sessions, Instant.EPOCH);
            awaitSessions(a, sessions);
            long merged = System.nanoTime();
            table.add(String.format("| peer writes its files (%,d sessions, first time) | | %s |", sessions,
                    Measure.ms(b.threadCpuMillis(THREAD) - bWrite0)));
            try (Stream<Path> files = Files.list(shared)) {
                table.add(String.format("| (folder: %d files, %.1f MiB) | | |", files.count(), size(shared) / 1048576.0));
            }
            table.add(String.format("| first merge of the peer into an empty database (wall: from the import on B) | %s | %s |",
                    Measure.ms((merged - t0) / 1e6), Measure.ms(a.threadCpuMillis(THREAD) - aMerge0)));

            Thread.sleep(2L * RESCAN_SECONDS * 1000); // A writes its own files after the merge: not part of the idle cost
            double idle0 = a.threadCpuMillis(THREAD);
            Thread.sleep(idle * 1000L);
            int rescans = idle / RESCAN_SECONDS;
            table.add(String.format("| merge of the unchanged peer: one rescan (%d rescans in %d s, CPU per rescan) | | %.1f |",
                    rescans, idle, (a.threadCpuMillis(THREAD) - idle0) / rescans));

            Instant lastMerged = Instant.parse(peer.get("lastMerged").asText());
            double bOne0 = b.threadCpuMillis(THREAD);
            double aOne0 = a.threadCpuMillis(THREAD);
            long t1 = System.nanoTime();
            b.ok(b.post("/import", Documents.oneSession(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS))));
            awaitPeer(a, sessions + 1, lastMerged);
            awaitSessions(a, sessions + 1);
            table.add(String.format("| one new session on the peer: the peer writes its files | | %s |",
                    Measure.ms(b.threadCpuMillis(THREAD) - bOne0)));
            table.add(String.format("| one new session on a peer with %,d: merged (wall: from the import on B) | %s | %s |",
                    sessions, Measure.ms((System.nanoTime() - t1) / 1e6), Measure.ms(a.threadCpuMillis(THREAD) - aOne0)));
        }
        Measure.print("Folder sync", table);
    }

    /** The sync folder on, merging without a settle time and writing at once, as a .cfg file in load/. */
    private static Map<String, String> folder(Path shared, String name) {
        return Map.of("load/com.focusflow.sync.folder.cfg", "path=" + shared + "\ndeviceName=" + name + "\nrescanSeconds="
                + RESCAN_SECONDS + "\nsettleMillis=0\nwriteDelayMillis=0\n");
    }

    /** Polls {@code GET /sync/devices} until the one peer counts {@code sessions} and was merged after {@code after}. */
    private static JsonNode awaitPeer(App app, int sessions, Instant after) throws Exception {
        long deadline = System.nanoTime() + App.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode peers = app.ok(app.get("/sync/devices")).json().path("peers");
            if (peers.size() == 1) {
                JsonNode peer = peers.get(0);
                JsonNode merged = peer.path("lastMerged");
                if (peer.path("counts").path("sessions").asInt() == sessions && merged.isTextual()
                        && Instant.parse(merged.asText()).isAfter(after)) {
                    return peer;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the peer's " + sessions + " sessions were not merged within " + App.TIMEOUT);
    }

    /** Polls {@code GET /sessions} until the device holds {@code count} sessions. */
    private static void awaitSessions(App app, int count) throws Exception {
        long deadline = System.nanoTime() + App.TIMEOUT.toNanos();
        while (app.ok(app.get("/sessions?limit=1")).json().get("total").asInt() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the device does not hold " + count + " sessions within " + App.TIMEOUT);
            }
            Thread.sleep(20);
        }
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
