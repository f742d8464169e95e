package com.focusflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.focusflow.hosts.HostNames;
import com.focusflow.hosts.HostsFile;
import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.HelperClient;
import com.focusflow.hosts.protocol.Request;

/**
 * The privileged helper against a direct write, in the same run: engage + release of 1,000 sites (3,000
 * names) on a temp copy of the 93k-line hosts file, the helper's RSS while engaged, and the cold start of a
 * socket-activated helper to its first answer. Run as root (the helper's policy allows uid 0 here).
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl bench,run -am
 * sudo java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.HelperBench \
 *     [--hosts ../shared/data/hosts/adlist-hosts] [--helper run/target/focusflow-helper.jar] [--runs 20]
 *     [--settle 15] [--options "JVM options instead of the unit's"] [--java /opt/focusflow/lib/runtime/bin/java]
 * </pre>
 */
public final class HelperBench {

    /** The unit the helper's JVM options are read from, so that the bench measures what is shipped. */
    static final Path UNIT = Path.of("com.focusflow.helper/src/main/systemd/focusflow-helper.service");

    public static void main(String[] args) throws Exception {
        Path source = Path.of(arg(args, "--hosts", "../shared/data/hosts/adlist-hosts"));
        Path helperJar = Path.of(arg(args, "--helper", "run/target/focusflow-helper.jar"));
        int runs = Integer.parseInt(arg(args, "--runs", "20"));
        // --options "..." measures another set (e.g. an earlier unit's) against the same file in the same way
        List<String> jvm = args(arg(args, "--options", null));
        int settle = Integer.parseInt(arg(args, "--settle", "15"));
        String java = arg(args, "--java", java()); // e.g. the package's runtime, /opt/focusflow/lib/runtime/bin/java
        System.out.printf("%s, %d cores, JDK %s%n", System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Path dir = Files.createTempDirectory("focusflow-bench-helper");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            names.addAll(HostNames.variants("site" + i + ".example.com"));
        }
        names = names.stream().sorted().toList();

        Path direct = copy(source, dir.resolve("direct"));
        Path viaHelper = copy(source, dir.resolve("helper"));
        byte[] original = Files.readAllBytes(source);
        System.out.printf("%nHosts file %s: %d lines; block of 1,000 sites = %d names%n", source,
                new String(original).lines().count(), names.size());

        HostsFile file = new HostsFile(direct.resolve("hosts"));
        List<String> block = names;
        double directMs = BlockingBench.median(runs, () -> {
            file.apply(block);
            file.remove();
        });

        Path socket = dir.resolve("helper.sock");
        Path policy = Files.writeString(dir.resolve("helper.conf"), "allowUids=0\n");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(List.of("-jar", helperJar.toString(), "--listen", socket.toString(), "--hosts",
                viaHelper.resolve("hosts").toString(), "--state", dir.resolve("state").toString(), "--config",
                policy.toString()));
        Process helper = start(command, dir.resolve("helper.log"));
        try {
            HelperClient client = new HelperClient(socket, Duration.ofSeconds(30));
            awaitAnswer(client);
            double helperMs = BlockingBench.median(runs, () -> {
                if (ok(client.send(new Request.Engage(block, null)))) {
                    ok(client.send(new Request.Release()));
                }
            });
            ok(client.send(new Request.Engage(block, null)));
            long rssKiB = rssKiB(helper.pid());
            Thread.sleep(settle * 1000L); // a block is held for hours: what it costs once the edit is over
            long settledKiB = rssKiB(helper.pid());
            ok(client.send(new Request.Release()));
            if (!Arrays.equals(Files.readAllBytes(viaHelper.resolve("hosts")), original)
                    || !Arrays.equals(Files.readAllBytes(direct.resolve("hosts")), original)) {
                throw new IllegalStateException("a round trip changed the file");
            }
            System.out.printf("  engage + release, direct write          %7.1f ms%n", directMs);
            System.out.printf("  engage + release, through the helper    %7.1f ms  (%.2fx the direct write)%n", helperMs,
                    helperMs / directMs);
            System.out.printf("  helper RSS right after the engage       %7.1f MiB%n", rssKiB / 1024.0);
            System.out.printf("  helper RSS engaged, %2d s later          %7.1f MiB  (JVM options: %s)%n", settle,
                    settledKiB / 1024.0, String.join(" ", jvm));
        } finally {
            helper.destroy();
            helper.waitFor(10, TimeUnit.SECONDS);
        }
        coldStarts(java, helperJar, jvm, dir, viaHelper.resolve("hosts"), policy, Math.max(3, runs / 4));
    }

    /** systemd-socket-activate --inetd: the socket listens at once; the JVM starts on the first connection. */
    private static void coldStarts(String java, Path helperJar, List<String> jvm, Path dir, Path hosts, Path policy, int runs) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path socket = dir.resolve("activated-" + i + ".sock");
            List<String> command = new ArrayList<>(List.of("systemd-socket-activate", "--inetd", "-l", socket.toString(), java));
            command.addAll(jvm);
            command.addAll(List.of("-jar", helperJar.toString(), "--hosts", hosts.toString(), "--state",
                    dir.resolve("state").toString(), "--config", policy.toString()));
            Process activator = start(command, dir.resolve("activated.log"));
            try {
                while (!Files.exists(socket)) {
                    Thread.sleep(5); // the listening socket itself, before any JVM
                }
                HelperClient client = new HelperClient(socket, Duration.ofSeconds(30));
                while (true) {
                    long t0 = System.nanoTime();
                    try {
                        ok(client.send(new Request.Status()));
                        millis[i] = (System.nanoTime() - t0) / 1e6;
                        break;
                    } catch (java.net.ConnectException notListeningYet) {
                        Thread.sleep(5); // bound but not yet listening: no JVM was started
                    }
                }
            } finally {
                activator.destroy();
                activator.waitFor(10, TimeUnit.SECONDS);
            }
        }
        System.out.printf("  socket-activated cold start to first answer %5.0f ms (median of %d; min %.0f, max %.0f)%n",
                Stats.median(millis), runs, Arrays.stream(millis).min().orElse(0), Arrays.stream(millis).max().orElse(0));
    }

    /** The given options, or the unit's: what its ExecStart puts between the java command and {@code -jar}. */
    private static List<String> args(String options) throws IOException {
        if (options != null) {
            return List.of(options.trim().split("\\s+"));
        }
        for (String line : Files.readAllLines(UNIT)) {
            if (line.startsWith("ExecStart=@JAVA@ ")) {
                String between = line.substring("ExecStart=@JAVA@ ".length(), line.indexOf(" -jar @HELPER_JAR@"));
                return List.of(between.trim().split("\\s+"));
            }
        }
        throw new IllegalStateException("no ExecStart=@JAVA@ ... -jar @HELPER_JAR@ line in " + UNIT);
    }

    private static Path copy(Path source, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path hosts = Files.copy(source, dir.resolve("hosts"));
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-r--r--"));
        return dir;
    }

    private static Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", "1"); // as the unit sets it
        return builder.start();
    }

    private static void awaitAnswer(HelperClient client) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                ok(client.send(new Request.Status()));
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }

    private static boolean ok(Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("the helper refused: " + answer.error() + " " + answer.message());
        }
        return true;
    }

    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
