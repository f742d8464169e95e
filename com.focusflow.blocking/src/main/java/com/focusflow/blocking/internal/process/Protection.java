package com.focusflow.blocking.internal.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

import com.focusflow.blocking.internal.list.AppNames;

/**
 * Which processes FocusFlow may close: only the user's (as root: the desktop users'), never the operating
 * system's nor a privileged program, never a protected app ({@link com.focusflow.blocking.internal.list.ProtectedApps}),
 * never a server of the desktop session ({@link SessionSockets}), never FocusFlow's own JVM, any of its
 * ancestors nor the leader of its session (closing the terminal or session FocusFlow runs in would take
 * FocusFlow down with it).
 */
final class Protection {

    private final Set<Long> selfAndAncestors;
    private final LongPredicate servesSession;

    /** @param servesSession whether a pid serves the desktop session (display, bus, audio, key agents) */
    Protection(Set<Long> selfAndAncestors, LongPredicate servesSession) {
        this.selfAndAncestors = Set.copyOf(selfAndAncestors);
        this.servesSession = servesSession;
    }

    /** For this JVM. */
    static Protection forThisProcess() {
        Set<Long> pids = new HashSet<>();
        Optional<ProcessHandle> at = Optional.of(ProcessHandle.current());
        while (at.isPresent() && pids.add(at.get().pid())) {
            at = at.get().parent();
        }
        Path proc = Path.of("/proc");
        if (!ProcFsSource.available()) {
            return new Protection(pids, pid -> false);
        }
        sessionLeader(proc).ifPresent(pids::add);
        String agent = System.getenv("SSH_AUTH_SOCK");
        SessionSockets sockets = new SessionSockets(proc, agent == null ? Set.of() : Set.of(agent));
        return new Protection(pids, sockets::serves);
    }

    /** The leader of this JVM's session ({@code /proc/self/stat}'s sixth field): a login shell, a terminal's shell. */
    static Optional<Long> sessionLeader(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("self/stat"));
            long sid = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
            return sid > 1 ? Optional.of(sid) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Judged by what the process runs ({@link ProcessInfo#identity}), not by every name it shows: a program
     * that calls itself {@code bash} in argv[0] is not a shell, and a shell running a blocked script is that
     * script. The checks that read more than the process's names come last: they are the rare ones.
     */
    boolean mayClose(ProcessInfo process) {
        return refusal(process) == null;
    }

    /** Why {@code process} must not be closed, for the log; null when it may be. Checked in the order above. */
    String refusal(ProcessInfo process) {
        if (!process.ownedByUser()) {
            return "it is another user's";
        }
        if (process.system() || process.pid() <= 1) {
            return "it is part of the system or a privileged program";
        }
        if (selfAndAncestors.contains(process.pid())) {
            return "FocusFlow runs in it";
        }
        if (process.identity().isEmpty()) {
            return "what it runs is unknown";
        }
        if (AppNames.isProtected(process.identity()) || AppNames.isProtected(Interpreters.bare(process.identity()))) {
            return "it is a protected app";
        }
        return servesSession.test(process.pid()) ? "it serves the desktop session" : null;
    }
}
