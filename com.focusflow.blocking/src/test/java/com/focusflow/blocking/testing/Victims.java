package com.focusflow.blocking.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Processes for the watcher to close, started by the test itself: copies of system programs under a
 * unique name, in a folder that other users may enter too. Never anything the test did not start.
 */
public final class Victims implements AutoCloseable {

    private final Path dir;
    private final List<Process> started = new ArrayList<>();

    public Victims() throws IOException {
        dir = Files.createTempDirectory("focusflow-victims",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    /** A unique process name that is certainly not running yet. */
    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A copy of {@code program} (e.g. {@code /bin/sleep}) named {@code name}. */
    public Path copy(String program, String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(Path.of(program), copy);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        return copy;
    }

    /** An executable script named {@code name} with {@code content} (starting with its #! line). */
    public Path script(String name, String content) throws IOException {
        Path script = file(name);
        Files.writeString(script, content);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** A path for a file of the test's, removed with the victims. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    public Process start(String... command) throws IOException {
        return start(new ProcessBuilder(command));
    }

    public Process start(ProcessBuilder builder) throws IOException {
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /**
     * Whether a process still runs. A zombie does not: orphans of a killed parent stay zombies where the
     * container's init does not reap them, and {@link ProcessHandle#isAlive()} counts those as alive.
     */
    public static boolean running(ProcessHandle process) {
        char state = state(process);
        return state != 0 && state != 'Z';
    }

    /** Whether a process exited but is still listed, because its parent has not collected it (a zombie). */
    public static boolean zombie(ProcessHandle process) {
        return state(process) == 'Z';
    }

    /** The state letter in /proc/PID/stat; 0 once the process is gone. */
    private static char state(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
