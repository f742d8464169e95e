package com.focusflow.hosts;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import java.util.logging.Logger;

/**
 * Best-effort flush of the system's DNS cache after the hosts file changed, so that a blocked name does
 * not keep resolving from the cache. Failures are logged at FINE level only: without a flush the block
 * takes effect when the cached entry expires.
 */
public final class DnsFlush {

    private static final Logger LOG = Logger.getLogger(DnsFlush.class.getName());

    private DnsFlush() {
    }

    /** Runs the flush commands of this platform that exist; blocks up to a few seconds. */
    public static void run() {
        for (List<String> command : commands(System.getProperty("os.name", ""))) {
            if (onPath(command.get(0))) {
                exec(command);
            }
        }
    }

    /**
     * Runs {@code command} instead of the platform's commands (a resolver of the user's own, or a test's
     * recorder so that a test never flushes the real system's cache); blocks up to a few seconds.
     */
    public static void run(List<String> command) {
        exec(command);
    }

    static List<List<String>> commands(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<List<String>> commands = new ArrayList<>();
        if (os.startsWith("windows")) {
            commands.add(List.of("ipconfig", "/flushdns"));
        } else if (os.contains("mac")) {
            commands.add(List.of("dscacheutil", "-flushcache"));
            commands.add(List.of("killall", "-HUP", "mDNSResponder"));
        } else {
            commands.add(List.of("resolvectl", "flush-caches"));
            commands.add(List.of("nscd", "-i", "hosts"));
        }
        return commands;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program)) || Files.isExecutable(Path.of(dir, program + ".exe"))) {
                return true;
            }
        }
        return false;
    }

    private static void exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.fine(() -> "DNS flush " + command + " did not finish within 5 s");
            } else if (process.exitValue() != 0) {
                LOG.fine("DNS flush " + command + " exited with " + process.exitValue());
            }
        } catch (Exception e) {
            LOG.fine(() -> "DNS flush " + command + " failed: " + e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
