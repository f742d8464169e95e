package com.focusflow.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.sync.internal.SyncSections;
import com.focusflow.sync.internal.folder.FolderSync;

/**
 * The figures of issue 17 point 3: the plain import of many sessions (again into a database that has them),
 * its heap in a JVM limited to {@value #IMPORT_HEAP}, and the folder sync of a peer with that history: an
 * unchanged peer, and one new session on the peer. Wall time and the process's CPU time (all threads, GC
 * included), which a busy machine disturbs less.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl bench -am
 * java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.FolderSyncBench \
 *     [--sessions 100000] [--runs 21] [--plain-only]
 * </pre>
 */
public final class FolderSyncBench {

    static final String IMPORT_HEAP = "-Xmx64m";

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--import")) {
            importOnly(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int sessions = SessionBench.intArg(args, "--sessions", 100_000);
        int runs = SessionBench.intArg(args, "--runs", 21);
        Path dir = Files.createTempDirectory("focusflow-folder-bench");
        Path document = dir.resolve("sessions.json");
        SyncBench.writeDocument(document, sessions);
        List<String> table = new ArrayList<>();
        table.add("| what | wall (ms) | CPU (ms) | runs | peak heap (MiB) |");
        table.add("|---|---|---|---|---|");
        table.add(String.format("| (import file: %,d sessions, %.1f MiB) | | | | |", sessions, Files.size(document) / 1048576.0));
        try (SyncBench.Device empty = new SyncBench.Device(dir.resolve("plain.db"))) {
            table.add(once(String.format("import of %,d sessions into an empty database", sessions), () -> empty.importFrom(document)));
            table.add(once("the same import again (all unchanged)", () -> empty.importFrom(document)));
        }
        table.add(childImport(document, dir.resolve("child.db"), sessions));
        if (!List.of(args).contains("--plain-only")) { // without: runs against builds that have no folder sync
            PeerFolder.run(dir, document, sessions, runs, table);
        }
        System.out.printf("%nFolder sync (%s, %d cores, Java %s, max heap %d MiB)%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        table.forEach(System.out::println);
    }

    /** The folder part, in a class of its own so that --plain-only runs against builds without the folder sync. */
    private static final class PeerFolder {
        /** Device B holds the history and writes its files; device A merges them, then again unchanged, then one more. */
            static void run(Path dir, Path document, int sessions, int runs, List<String> table) throws Exception {
            Path shared = Files.createDirectories(dir.resolve("shared"));
            try (SyncBench.Device b = new SyncBench.Device(dir.resolve("b.db"));
                    SyncBench.Device a = new SyncBench.Device(dir.resolve("a.db"))) {
                b.importFrom(document);
                FolderSync folderB = folderSync(b, shared, dir.resolve("home-b"));
                FolderSync folderA = folderSync(a, shared, dir.resolve("home-a"));
                table.add(once(String.format("peer writes its files (%,d sessions, first time)", sessions), folderB::writeOwn));
                try (Stream<Path> files = Files.list(shared)) {
                    table.add(String.format("| (peer files: %d, %.1f MiB) | | | | |", files.count(), size(shared) / 1048576.0));
                }
                table.add(once("first merge of the peer (empty database)", folderA::scan));
                SessionBench.Timing unchanged = SessionBench.time(runs, folderA::scan);
                table.add(String.format("| merge of the unchanged peer (median) | %.2f | | %d | |", unchanged.medianMillis(), runs));
                Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
                Set<YearMonth> month = Set.of(YearMonth.from(start.atOffset(ZoneOffset.UTC)));
                b.sync.importFrom(new ByteArrayInputStream(oneSession(start).getBytes(StandardCharsets.UTF_8)));
                // the component passes the months of the session events; reading everything was the way before
                table.add(once("peer writes its files after one new session, reading its month", () -> folderB.writeOwn(month)));
                table.add(once("(the same, reading everything, as before: nothing left to write)", folderB::writeOwn));
                table.add(once(String.format("merge of one new session on a peer with %,d", sessions), folderA::scan));
                table.add(once("device writes its files after that merge, reading its month", () -> folderA.writeOwn(month)));
                table.add(once("(the same, reading everything, as before: nothing left to write)", folderA::writeOwn));
                if (!folderA.status().peers().get(0).counts().get(SyncFormat.SESSIONS).equals(sessions + 1)) {
                    throw new IllegalStateException("the peer's device file does not count the new session: " + folderA.status());
                }
            }
        }

            private static FolderSync folderSync(SyncBench.Device device, Path shared, Path home) throws Exception {
            Files.createDirectories(home);
            SyncSections sections = new SyncSections() {
                @Override
                public Map<String, DataContributor<?>> contributors() {
                    return device.sections;
                }

                @Override
                public String appVersion() {
                    return "bench";
                }
            };
            return new FolderSync(new FolderSync.Settings(shared, home, UUID.randomUUID().toString(), home.getFileName().toString(),
                    Duration.ZERO, 256L << 20), sections, device.sync, Clock.systemUTC(), System::nanoTime);
        }

            private static String oneSession(Instant start) {
            return "{\"formatVersion\":1,\"appVersion\":\"bench\",\"exportedAt\":\"" + start + "\",\"sections\":{\"sessions\":"
                    + "{\"items\":[{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"focus\",\"startTime\":\"" + start
                    + "\",\"endTime\":\"" + start.plusSeconds(1500) + "\",\"plannedMinutes\":25,\"actualSeconds\":1500,"
                    + "\"completed\":true,\"strict\":false,\"label\":null}]}}}";
        }
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String once(String what, SessionBench.Work work) throws Exception {
        SyncBench.Heap.reset();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - t0;
        long cpu = processCpuNanos() - cpu0;
        return String.format("| %s | %.0f | %.0f | 1 | %.1f |", what, wall / 1e6, cpu / 1e6, SyncBench.Heap.peakMiB());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Child JVM with {@value #IMPORT_HEAP}: imports the document into a new database, prints time and peak heap. */
    private static void importOnly(Path document, Path database) throws Exception {
        try (SyncBench.Device device = new SyncBench.Device(database)) {
            long t0 = System.nanoTime();
            device.importFrom(document);
            System.out.printf("%d %.1f%n", System.nanoTime() - t0, SyncBench.Heap.peakMiB());
        }
    }

    private static String childImport(Path document, Path database, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, IMPORT_HEAP, "-cp", System.getProperty("java.class.path"),
                FolderSyncBench.class.getName(), "--import", document.toString(), database.toString())
                .redirectErrorStream(true).start();
        String[] lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\R");
        if (child.waitFor() != 0) {
            return String.format("| import of %,d sessions in a fresh JVM with %s | failed (%s) | | 1 | |", count, IMPORT_HEAP,
                    Arrays.stream(lines).filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                            .orElse(lines[lines.length - 1]));
        }
        String[] parts = lines[lines.length - 1].split(" ");
        return String.format("| import of %,d sessions in a fresh JVM with %s (heap of the whole JVM) | %.0f | | 1 | %s |",
                count, IMPORT_HEAP, Long.parseLong(parts[0]) / 1e6, parts[1]);
    }
}
