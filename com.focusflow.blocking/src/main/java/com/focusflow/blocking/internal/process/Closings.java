package com.focusflow.blocking.internal.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
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
 * request first, forced {@link ProcessWatcher#KILL_GRACE} later. A process of a blocked name counts as
 * warned already, with no new warning and no new grace, when an ancestor or its process group was warned for
 * that name, or when a warned process of that name was still running at the last scan: a fresh copy forked
 * before its parent exits (even one that left the parent's session and group, and was adopted by init) is
 * closed at the first deadline. Only once no warned copy runs does a new start get a new warning.
 * Confined to the watcher's thread.
 */
final class Closings {

    private static final Logger LOG = LoggerFactory.getLogger(Closings.class);
    /** How far up the process tree ancestors are looked for (a loop in stale data must not hang the scan). */
    private static final int MAX_DEPTH = 64;

    private final ScheduledExecutorService thread;
    private final Protection protection;
    private final ProcessWatcher.Listener listener;
    private final Map<Long, ProcessInfo> warned = new HashMap<>();
    /** Blocked apps seen that must not be closed, so that each is logged once. */
    private final Set<Long> spared = new HashSet<>();
    /** Every warning of this engagement, by the warned pid and by its process group, also after it exited. */
    private final Map<Long, Warning> byPid = new HashMap<>();
    /** By process group and blocked name: one group may hold several blocked apps. */
    private final Map<String, Warning> byGroup = new HashMap<>();
    /** By blocked name: the warnings of which a warned process still ran at the end of the last scan. */
    private final Map<String, Warning> running = new HashMap<>();
    private final LongSupplier nanoClock;
    private Terminator terminator;
    private Set<String> blocked = Set.of();
    private Duration grace;

    private record Warning(String name, long deadlineNanos) {
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
        running.values().removeIf(w -> !names.contains(w.name()));
    }

    void grace(Duration newGrace) {
        grace = newGrace;
    }

    /** Notes, after a scan, which warnings a running process still carries. */
    void scanned(ProcessTable table) {
        running.clear();
        byPid.forEach((pid, warning) -> {
            if (table.contains(pid)) {
                running.putIfAbsent(warning.name(), warning);
            }
        });
    }

    /** The pids of every warning of this engagement. */
    Set<Long> warnedPids() {
        return byPid.keySet();
    }

    /** Forgets warned processes that exited; returns whether any did. */
    boolean forgetExited(ProcessTable table) {
        spared.removeIf(pid -> !table.contains(pid));
        int before = warned.size();
        warned.keySet().removeIf(pid -> !table.contains(pid));
        return warned.size() < before;
    }

    /** Warns about {@code process} and schedules its closing if it is a blocked app that may be closed. */
    void consider(ProcessInfo process, ProcessTable table) {
        String name = blockedName(process);
        if (name == null || warned.containsKey(process.pid()) || ancestorWarned(process, table)) {
            return;
        }
        String refusal = protection.refusal(process);
        if (refusal != null) {
            if (spared.add(process.pid())) {
                LOG.info("Blocked app {} seen; not closing it: {}", process, refusal);
            }
            return;
        }
        warned.put(process.pid(), process);
        long now = nanoClock.getAsLong();
        Warning earlier = inherited(process, name, table);
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
        spared.clear();
        warned.clear();
        byPid.clear();
        byGroup.clear();
        running.clear();
    }

    /**
     * The warning a process inherits for the same blocked name: an ancestor's, its process group's, or that of
     * a warned copy that ran at the last scan (or runs now).
     */
    private Warning inherited(ProcessInfo process, String name, ProcessTable table) {
        long ancestor = process.parentPid();
        for (int depth = 0; depth < MAX_DEPTH && ancestor > 1; depth++) {
            Warning warning = byPid.get(ancestor);
            if (warning != null && warning.name().equals(name)) {
                return warning;
            }
            ancestor = table.get(ancestor).map(ProcessInfo::parentPid).orElse(-1L);
        }
        Warning group = process.group() > 1 ? byGroup.get(groupKey(process.group(), name)) : null;
        if (group != null) {
            return group;
        }
        Warning copy = running.get(name);
        if (copy != null) {
            return copy;
        }
        return byPid.entrySet().stream().filter(e -> e.getValue().name().equals(name) && table.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String groupKey(long group, String name) {
        return group + "/" + name;
    }

    private void close(ProcessInfo process, String name) {
        if (!blocked.contains(name) || !process.sameProcess(warned.get(process.pid()))) {
            return;
        }
        List<ProcessHandle> asked;
        try {
            asked = terminator.terminate(process);
        } catch (RuntimeException e) { // a scheduled task's exception would otherwise vanish in its future
            LOG.warn("Could not close blocked app {}", process, e);
            return;
        }
        if (asked.isEmpty()) {
            LOG.info("Blocked app {} not closed: it exited, or is no longer what was warned about", process);
        } else {
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
        for (int depth = 0; depth < MAX_DEPTH && parent > 1; depth++) {
            if (warned.containsKey(parent)) {
                return true;
            }
            parent = table.get(parent).map(ProcessInfo::parentPid).orElse(-1L);
        }
        return false;
    }
}
