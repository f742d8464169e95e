package com.focusflow.blocking.internal.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The processes seen so far, by pid, so that a tick reads only new ones: the sorted pid list of the last
 * tick is merged with the new one, so an unchanged process costs no lookup at all. A new process is read
 * again on the next {@code rechecks} ticks, because launchers often exec() the real app a moment after
 * they start, under the same pid. Processes found by the first scan
 * count as old. Exited pids are forgotten. Not thread-safe: the watcher's thread owns it.
 */
final class ProcessTable {

    private final Map<Long, ProcessInfo> known = new HashMap<>(); // null value: could not be read
    private final Map<Long, Integer> young = new HashMap<>(); // pid -> rechecks left
    private final int rechecks;
    private long[] last = new long[0];

    /** @param rechecks on how many ticks after its first sighting a new process is read again */
    ProcessTable(int rechecks) {
        this.rechecks = rechecks;
    }

    /** Brings the table up to date; returns the processes that are new or changed since the last call. */
    List<ProcessInfo> refresh(ProcessSource source) {
        long[] pids = source.pids();
        Arrays.sort(pids);
        boolean firstScan = last.length == 0;
        List<ProcessInfo> fresh = new ArrayList<>();
        recheckYoung(source, fresh);
        int i = 0;
        int j = 0;
        while (i < last.length || j < pids.length) {
            if (j == pids.length || (i < last.length && last[i] < pids[j])) {
                known.remove(last[i]);
                young.remove(last[i++]);
            } else if (i == last.length || pids[j] < last[i]) {
                long pid = pids[j++];
                ProcessInfo info = source.inspect(pid).orElse(null);
                known.put(pid, info);
                if (!firstScan && rechecks > 0) {
                    young.put(pid, rechecks);
                }
                if (info != null) {
                    fresh.add(info);
                }
            } else {
                i++;
                j++;
            }
        }
        last = pids;
        return fresh;
    }

    private void recheckYoung(ProcessSource source, List<ProcessInfo> fresh) {
        for (Iterator<Map.Entry<Long, Integer>> it = young.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, Integer> entry = it.next();
            if (entry.getValue() <= 1) {
                it.remove();
            } else {
                entry.setValue(entry.getValue() - 1);
            }
            ProcessInfo before = known.get(entry.getKey());
            ProcessInfo now = source.inspect(entry.getKey()).orElse(null);
            if (now != null && !now.equals(before)) {
                known.put(entry.getKey(), now);
                fresh.add(now);
            }
        }
    }

    /** Counts {@code pid} as exited from now on, though it is still listed (a zombie its parent has not reaped). */
    void forget(long pid) {
        known.remove(pid);
        young.remove(pid);
    }

    Optional<ProcessInfo> get(long pid) {
        return Optional.ofNullable(known.get(pid));
    }

    boolean contains(long pid) {
        return known.containsKey(pid);
    }

    void forEachKnown(Consumer<ProcessInfo> action) {
        for (ProcessInfo info : known.values()) {
            if (info != null) {
                action.accept(info);
            }
        }
    }

    int size() {
        return known.size();
    }

    void clear() {
        known.clear();
        young.clear();
        last = new long[0];
    }
}
