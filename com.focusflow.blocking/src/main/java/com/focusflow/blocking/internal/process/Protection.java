package com.focusflow.blocking.internal.process;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.focusflow.blocking.internal.list.AppNames;

/**
 * Which processes FocusFlow may close: only the user's (as root: the desktop users'), never the operating
 * system's nor a privileged program, never a protected app ({@link com.focusflow.blocking.internal.list.ProtectedApps}), never FocusFlow's own JVM nor any of its ancestors (closing the terminal or session
 * FocusFlow runs in would take FocusFlow down with it).
 */
final class Protection {

    private final Set<Long> selfAndAncestors;

    Protection(Set<Long> selfAndAncestors) {
        this.selfAndAncestors = Set.copyOf(selfAndAncestors);
    }

    /** For this JVM. */
    static Protection forThisProcess() {
        Set<Long> pids = new HashSet<>();
        Optional<ProcessHandle> at = Optional.of(ProcessHandle.current());
        while (at.isPresent() && pids.add(at.get().pid())) {
            at = at.get().parent();
        }
        return new Protection(pids);
    }

    /**
     * Judged by what the process runs ({@link ProcessInfo#identity}), not by every name it shows: a program
     * that calls itself {@code bash} in argv[0] is not a shell, and a shell running a blocked script is that
     * script.
     */
    boolean mayClose(ProcessInfo process) {
        return process.ownedByUser() && !process.system() && process.pid() > 1
                && !selfAndAncestors.contains(process.pid()) && !process.identity().isEmpty()
                && !AppNames.isProtected(process.identity());
    }
}
