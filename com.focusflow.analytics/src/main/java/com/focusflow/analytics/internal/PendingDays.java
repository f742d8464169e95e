package com.focusflow.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Days waiting to be recomputed, kept as disjoint runs: overlapping or adjacent ranges merge, so a burst of
 * session ends on the same day costs one recompute, not one per event, and the queue cannot outgrow the
 * calendar. Distant ranges stay apart, so nothing in between is recomputed for nothing.
 */
final class PendingDays {

    record Run(LocalDate from, LocalDate to) {
    }

    private final TreeMap<LocalDate, LocalDate> runs = new TreeMap<>();

    /** Adds {@code from..to}; true if nothing was pending before (the caller then schedules a drain). */
    synchronized boolean add(LocalDate from, LocalDate to) {
        boolean wasEmpty = runs.isEmpty();
        LocalDate start = from;
        LocalDate end = to;
        Map.Entry<LocalDate, LocalDate> before = runs.floorEntry(start);
        if (before != null && !before.getValue().plusDays(1).isBefore(start)) {
            start = before.getKey();
            end = later(end, before.getValue());
            runs.remove(before.getKey());
        }
        for (Map.Entry<LocalDate, LocalDate> next = runs.ceilingEntry(start);
                next != null && !next.getKey().isAfter(end.plusDays(1)); next = runs.ceilingEntry(start)) {
            end = later(end, next.getValue());
            runs.remove(next.getKey());
        }
        runs.put(start, end);
        return wasEmpty;
    }

    /** Everything pending, oldest first; afterwards nothing is. */
    synchronized List<Run> drain() {
        List<Run> all = runs.entrySet().stream().map(e -> new Run(e.getKey(), e.getValue())).toList();
        runs.clear();
        return all;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
