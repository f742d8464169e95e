package com.focusflow.blocking.internal.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a blocked app with its whole process tree: first a graceful request (SIGTERM; on Windows the JDK
 * can only terminate), then {@link #kill} forces what is still alive. Each process is checked again just
 * before, so a pid reused by another process is never hit.
 */
final class Terminator {

    private static final Logger LOG = LoggerFactory.getLogger(Terminator.class);

    private final ProcessSource source;
    private final Protection protection;

    Terminator(ProcessSource source, Protection protection) {
        this.source = source;
        this.protection = protection;
    }

    /**
     * Asks {@code root} and its descendants that may be closed to exit.
     *
     * @return the processes asked, for {@link #kill}; empty if {@code root} is gone or no longer the same
     */
    List<ProcessHandle> terminate(ProcessInfo root) {
        Optional<ProcessInfo> now = source.inspect(root.pid());
        Optional<ProcessHandle> handle = ProcessHandle.of(root.pid());
        if (now.isEmpty() || !now.get().sameProcess(root) || handle.isEmpty() || !protection.mayClose(now.get())) {
            return List.of();
        }
        List<ProcessHandle> asked = new ArrayList<>();
        asked.add(handle.get());
        handle.get().descendants().forEach(d -> {
            Optional<ProcessInfo> info = source.inspect(d.pid());
            if (info.isPresent() && protection.mayClose(info.get())) {
                asked.add(d);
            }
        });
        for (ProcessHandle process : asked) {
            if (!process.destroy() && process.isAlive()) {
                LOG.debug("SIGTERM to pid {} was refused", process.pid());
            }
        }
        return asked;
    }

    /** Forces every process of {@code asked} that is still alive. */
    void kill(List<ProcessHandle> asked) {
        for (ProcessHandle process : asked) {
            if (process.isAlive() && !process.destroyForcibly()) {
                LOG.warn("Could not close pid {}: the system refused", process.pid());
            }
        }
    }
}
