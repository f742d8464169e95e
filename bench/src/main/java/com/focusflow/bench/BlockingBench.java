package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.focusflow.hosts.HostsContent;
import com.focusflow.hosts.HostsFile;
import com.focusflow.hosts.HostNames;

/**
 * Blocking costs: the hosts-file editor (the hosts bundle's exported {@code com.focusflow.hosts}) on a large real
 * hosts file beside a plain copy of it; then, in a running FocusFlow (the exported jar, over its HTTP API), the
 * process watcher's CPU per scan with each source, and how long a blocked app lives ({@link ProcessScans}).
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl run,bench -am
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.BlockingBench \
 *     [--hosts ../shared/data/hosts/adlist-hosts] [--processes 300] [--runs 10] [--seconds 10] [--jar run/target/focusflow.jar]
 * </pre>
 *
 * Never touches the system's hosts file: the given file is copied into a temporary folder first, and the
 * FocusFlow it starts blocks websites in a file of its data dir. The processes it starts and FocusFlow closes
 * are copies of {@code sleep} it started itself.
 */
public final class BlockingBench {

    public static void main(String[] args) throws Exception {
        Path hosts = Path.of(arg(args, "--hosts", "../shared/data/hosts/adlist-hosts"));
        int processes = Integer.parseInt(arg(args, "--processes", "300"));
        int runs = Integer.parseInt(arg(args, "--runs", "10"));
        System.out.printf("%s, %d cores, %s %s, JDK %s%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("os.version"), System.getProperty("java.version"));
        hostsFile(hosts);
        try (Sleepers sleepers = new Sleepers()) {
            sleepers.fillUpTo(processes);
            ProcessScans.run(App.jar(args), sleepers, runs, Args.integer(args, "--seconds", 10));
        }
    }

    private static void hostsFile(Path source) throws Exception {
        Path dir = Files.createTempDirectory("focusflow-bench-hosts");
        Path hosts = dir.resolve("hosts");
        Path copy = dir.resolve("copy");
        Files.copy(source, hosts);
        // the shared original is read-only, and FocusFlow honours read-only permission bits
        Files.setPosixFilePermissions(hosts, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        byte[] original = Files.readAllBytes(hosts);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            names.addAll(HostNames.variants("site" + i + ".example.com"));
        }
        List<String> sorted = names.stream().sorted().toList();
        HostsFile file = new HostsFile(hosts);
        int lines = (int) new String(original).lines().count();
        System.out.printf("%nHosts file: %s (%d lines, %.1f MB), block of 1,000 domains = %d names = %d lines%n",
                source, lines, original.length / 1e6, sorted.size(), sorted.size() * 2 + 4);

        double copyMs = median(20, () -> Files.copy(hosts, copy, StandardCopyOption.REPLACE_EXISTING));
        double atomicCopyMs = median(20, () -> atomicCopy(hosts, copy));
        double[] apply = new double[20];
        double[] remove = new double[20];
        double[] noop = new double[20];
        for (int i = -5; i < 20; i++) {
            long t0 = System.nanoTime();
            file.apply(sorted);
            long t1 = System.nanoTime();
            file.apply(sorted);
            long t2 = System.nanoTime();
            file.remove();
            long t3 = System.nanoTime();
            if (i >= 0) {
                apply[i] = (t1 - t0) / 1e6;
                noop[i] = (t2 - t1) / 1e6;
                remove[i] = (t3 - t2) / 1e6;
            }
        }
        double compute = median(20, () -> HostsContent.of(original).apply(sorted).remove().bytes());
        if (!java.util.Arrays.equals(Files.readAllBytes(hosts), original)) {
            throw new IllegalStateException("round trip changed the file");
        }
        System.out.printf("  plain copy (Files.copy, the floor)       %7.1f ms%n", copyMs);
        System.out.printf("  durable copy (read, write, fsync, rename) %6.1f ms%n", atomicCopyMs);
        System.out.printf("  apply (read, edit, fsync, rename)        %7.1f ms  (%.1fx the durable copy)%n",
                Stats.median(apply), Stats.median(apply) / atomicCopyMs);
        System.out.printf("  remove                                   %7.1f ms  (%.1fx the durable copy)%n",
                Stats.median(remove), Stats.median(remove) / atomicCopyMs);
        System.out.printf("  apply again (unchanged: read + compare)  %7.1f ms%n", Stats.median(noop));
        System.out.printf("  edit in memory only (apply + remove)     %7.1f ms%n", compute);
        System.out.printf("  round trip byte-identical: yes%n");
        Files.deleteIfExists(copy);
        Files.deleteIfExists(hosts);
        Files.deleteIfExists(dir);
    }

    /** The floor of a durable replace: the same steps as the hosts writer, without editing. */
    private static Object atomicCopy(Path from, Path to) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(from);
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tmp,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        return Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Median wall time of {@code runs} runs after five warm-up runs, in ms. */
    static double median(int runs, Measure.Work work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.run();
        }
        return Measure.median(runs, work);
    }

    static String randomName() {
        return "ffbench" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    }

    static final int DEFAULT_INTERVAL_SECONDS = 2;
}
