package com.focusflow.blocking.internal.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.blocking.internal.list.AppNames;

/**
 * Which blocked apps were warned about, and closing them when their grace period is over: a graceful
 * request first, forced {@link ProcessWatcher#KILL_GRACE} later. A process of the same blocked name whose
 * parent or process group was warned counts as warned already: it gets no new warning and no new grace
 * (an app that forks a fresh copy of itself and exits before its grace is over is closed all the same).
 * Confined to the watcher's thread.
 */
final class Closings {

    private static final Logger LOG = LoggerFactory.getLogger(Closings.class);

    private final ScheduledExecutorService thread;
    private final Protection protection;
    private final ProcessWatcher.Listener listener;
    private final Map<Long, ProcessInfo> warned = new HashMap<>();
    /** Every warning of this engagement, by the warned pid and by its process group, also after it exited. */
    private final Map<Long, Warning> byPid = new HashMap<>();
    /** By process group and blocked name: one group may hold several blocked apps. */
    private final Map<String, Warning> byGroup = new HashMap<>();
    private final LongSupplier nanoClock;
    private Terminator terminator;
    private Set<String> blocked = Set.of();
    private Duration grace;

    private record Warning(String name, long deadlineNanos) {
    }

    Closings(ScheduledExecutorService thread, Protection protection, ProcessWatcher.Listener listener, Duration grace) {
        this(thread, protection, listener, grace, System::nanoTime);
    }

    Closings(ScheduledExecutorService thread, Protection protection, ProcessWatcher.Listener listener, Duration grace,
            LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
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
        byPid.values().removeIf(w -> !names.contains(w.name()));
        byGroup.values().removeIf(w -> !names.contains(w.name()));
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
        long now = nanoClock.getAsLong();
        Warning earlier = inherited(process, name);
        Warning warning;
        if (earlier != null) {
            warning = earlier;
            LOG.info("Blocked app {} seen, a copy of one already warned about; closing it {}", process,
                    earlier.deadlineNanos() > now ? "with it" : "now");
        } else {
            warning = new Warning(name, now + grace.toNanos());
            LOG.info("Blocked app {} seen; closing it in {} s", process, grace.toSeconds());
            listener.warned(process, name, grace);
        }
        byPid.put(process.pid(), warning);
        if (process.group() > 1) {
            byGroup.putIfAbsent(groupKey(process.group(), name), warning);
        }
        long delayNanos = Math.max(0, warning.deadlineNanos() - now);
        thread.schedule(() -> close(process, name), delayNanos, TimeUnit.NANOSECONDS);
    }

    /** Cancels every pending close and forgets every warning. */
    void clear() {
        warned.clear();
        byPid.clear();
        byGroup.clear();
    }

    /** The warning a process inherits from its parent or its process group, for the same blocked name. */
    private Warning inherited(ProcessInfo process, String name) {
        Warning parent = byPid.get(process.parentPid());
        if (parent != null && parent.name().equals(name)) {
            return parent;
        }
        return process.group() > 1 ? byGroup.get(groupKey(process.group(), name)) : null;
    }

    private static String groupKey(long group, String name) {
        return group + "/" + name;
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

    /**
     * The blocked name the process matches. A protected name never matches, whatever the block list holds:
     * a shell running some script has the script as its identity, yet blocking "bash" must not close it.
     */
    private String blockedName(ProcessInfo process) {
        for (String name : process.names()) {
            if (blocked.contains(name) && !AppNames.isProtected(name)) {
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
