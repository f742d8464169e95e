package com.focusflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A harmless process with a name of its own (a copy of sleep) for FocusFlow to block; always killed on close. */
final class Victim implements AutoCloseable {
    static final String NAME = "ffe2evictim";

    private final Process process;

    private Victim(Process process) {
        this.process = process;
    }

    /** Starts the victim as {@code user} (FocusFlow closes only its own user's processes), from a copy in {@code dir}. */
    static Victim start(Path dir, DesktopUser user) throws IOException, InterruptedException {
        Path binary = dir.resolve(NAME);
        Files.copy(Path.of("/bin/sleep"), binary, StandardCopyOption.REPLACE_EXISTING);
        binary.toFile().setExecutable(true, false);
        user.own(binary);
        return new Victim(new ProcessBuilder(user.command(List.of(binary.toString(), "600"))).start());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What FocusFlow's process watcher reads of this process, for a failure message: its pid, parent, owner, executable. */
    String describe() {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        StringBuilder text = new StringBuilder("victim pid ").append(process.pid()).append(process.isAlive() ? " alive" : " gone");
        try {
            text.append(", exe ").append(Files.readSymbolicLink(proc.resolve("exe")));
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.matches("(State|PPid|Uid|CapEff|NSpid|NSsid):.*")) {
                    text.append(", ").append(line.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            text.append(" (/proc unreadable: ").append(unreadable).append(')');
        }
        return text.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
