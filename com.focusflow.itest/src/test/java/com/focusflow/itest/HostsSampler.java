package com.focusflow.itest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Reads the hosts file over and over on its own thread while something happens (an update) and records
 * every moment it did not hold exactly one FocusFlow block after the user's own lines.
 */
final class HostsSampler implements AutoCloseable {

    static final Pattern BEGIN = Pattern.compile("(?m)^# >>> FocusFlow \\(managed, do not edit\\)\r?$");

    private final Path hosts;
    private final String userLines;
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile int samples;

    HostsSampler(Path hosts, String userLines) {
        this.hosts = hosts;
        this.userLines = userLines;
        this.thread = new Thread(this::sample, "hosts sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** What is wrong with {@code text}, or null when it is the user's lines followed by exactly one block. */
    static String problem(String text, String userLines) {
        long blocks = BEGIN.matcher(text).results().count();
        if (blocks != 1) {
            return blocks + " FocusFlow blocks";
        }
        return text.startsWith(userLines) ? null : "the user's lines changed";
    }

    private void sample() {
        while (running) {
            try {
                String problem = problem(new String(Files.readAllBytes(hosts), StandardCharsets.ISO_8859_1), userLines);
                if (problem != null && violations.size() < 10) {
                    violations.add(problem);
                }
                samples++;
            } catch (Exception e) {
                violations.add("unreadable: " + e);
            }
            LockSupport.parkNanos(2_000_000); // a sample every ~2 ms, without taking a core from the update
        }
    }

    /** Stops sampling; returns the violations seen (empty when the block held all along). */
    List<String> stop() throws InterruptedException {
        running = false;
        thread.join();
        return List.copyOf(violations);
    }

    int samples() {
        return samples;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
