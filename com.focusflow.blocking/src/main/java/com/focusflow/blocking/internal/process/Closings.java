package com.focusflow.blocking.internal.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which blocked apps were warned about, and closing them when their grace period is over: a graceful
 * request first, forced {@link ProcessWatcher#KILL_GRACE} later. Confined to the watcher's thread.
 */
final class Closings {

    private static final Logger LOG = LoggerFactory.getLogger(Closings.class);

    private final ScheduledExecutorService thread;
    private final Protection protection;
    private final ProcessWatcher.Listener listener;
    private final Map<Long, ProcessInfo> warned = new HashMap<>();
    private Terminator terminator;
    private Set<String> blocked = Set.of();
    private Duration grace;

    Closings(ScheduledExecutorService thread, Protection protection, ProcessWatcher.Listener listener, Duration grace) {
        this.thread = thread;
        this.protection = protection;
        this.listener = listener;
        this.grace = grace;
    }

    void use(Terminator closer) {
        terminator = closer;
    }

    void block(Set<String> names) {
        blocked = names;
    }

    void grace(Duration newGrace) {
        grace = newGrace;
    }

    /** Forgets warned processes that exited; returns whether any did. */
    boolean forgetExited(ProcessTable table) {
        int before = warned.size();
        warned.keySet().removeIf(pid -> !table.contains(pid));
        return warned.size() < before;
    }

    /** Warns about {@code process} and schedules its closing if it is a blocked app that may be closed. */
    void consider(ProcessInfo process, ProcessTable table) {
        String name = blockedName(process);
        if (name == null || warned.containsKey(process.pid()) || !protection.mayClose(process)
                || ancestorWarned(process, table)) {
            return;
        }
        warned.put(process.pid(), process);
        LOG.info("Blocked app {} seen; closing it in {} s", process, grace.toSeconds());
        listener.warned(process, name, grace);
        thread.schedule(() -> close(process, name), grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels every pending close. */
    void clear() {
        warned.clear();
    }

    private void close(ProcessInfo process, String name) {
        if (!blocked.contains(name) || !process.sameProcess(warned.get(process.pid()))) {
            return;
        }
        List<ProcessHandle> asked = terminator.terminate(process);
        if (!asked.isEmpty()) {
            LOG.info("Closing blocked app {} ({} process(es))", process, asked.size());
            listener.closed(process, name);
            thread.schedule(() -> terminator.kill(asked), ProcessWatcher.KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private String blockedName(ProcessInfo process) {
        for (String name : process.names()) {
            if (blocked.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** Whether an ancestor was already warned about: it is closed with its whole tree, this one included. */
    private boolean ancestorWarned(ProcessInfo process, ProcessTable table) {
        long parent = process.parentPid();
        for (int depth = 0; depth < 64 && parent > 1; depth++) {
            if (warned.containsKey(parent)) {
                return true;
            }
            parent = table.get(parent).map(ProcessInfo::parentPid).orElse(-1L);
        }
        return false;
    }
}
