package com.focusflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Processes the benchmark starts itself: idle sleepers to reach a realistic count, and victims. */
final class Sleepers implements AutoCloseable {

    private final List<Process> started = new ArrayList<>();
    private final Path dir = Files.createTempDirectory("focusflow-bench-victims");

    Sleepers() throws IOException {
    }

    /** Starts {@code sleep} processes until about {@code target} processes exist. */
    void fillUpTo(int target) throws IOException {
        int now = count();
        for (int i = now; i < target; i++) {
            started.add(new ProcessBuilder("sleep", "900").start());
        }
    }

    /** Every process this user can see, as the JDK lists them. */
    int count() {
        return (int) ProcessHandle.allProcesses().count();
    }

    /** A copy of {@code sleep} named {@code name}, started. */
    Process victim(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(Path.of("/bin/sleep"), copy);
        copy.toFile().setExecutable(true);
        Process process = new ProcessBuilder(copy.toString(), "900").start();
        started.add(process);
        return process;
    }

    @Override
    public void close() throws IOException {
        started.forEach(Process::destroyForcibly);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
