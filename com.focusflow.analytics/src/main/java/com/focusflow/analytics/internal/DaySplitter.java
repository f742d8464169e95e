package com.focusflow.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

/**
 * Adds ended focus and custom sessions up per local day in {@code from..to}. A session counts as started
 * (and completed) on the day it started; its focus time is {@code actualSeconds} from its start, split at
 * each local midnight, so a session crossing midnight counts on both days. Local midnights come from the
 * zone's rules, so a DST day has 23 or 25 hours. Running sessions and breaks do not count. A session
 * stopped in its first minute ({@link #COUNTS_FROM_SECONDS}, a mis-click) does not count as started, so it
 * cannot lower the completion share of the score; the seconds it ran still count as focus time. Sessions
 * that overlap (from different devices, merged by an import) count their common time once: a day's focus is
 * the length of the union of its sessions' parts, so it never exceeds the day.
 */
final class DaySplitter {
    /** Below this many seconds an early-stopped session does not count as started. */
    static final long COUNTS_FROM_SECONDS = 60;

    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<LocalDate, long[]> days = new TreeMap<>();
    /** Each day's session parts as {start, end} in epoch milliseconds, for the union. */
    private final Map<LocalDate, List<long[]>> parts = new TreeMap<>();

    DaySplitter(ZoneId zone, LocalDate from, LocalDate to) {
        this.zone = zone;
        this.from = from;
        this.to = to;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new long[4]); // focus (from the parts, in totals()), started, completed, longest
            parts.put(d, new ArrayList<>());
        }
    }

    Instant rangeStart() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant rangeEnd() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    void add(Session session) {
        if (session.active() || session.type() == SessionType.BREAK) {
            return;
        }
        Instant start = session.startTime();
        Instant end = start.plusSeconds(session.actualSeconds());
        LocalDate startDay = LocalDate.ofInstant(start, zone);
        long[] first = days.get(startDay);
        if (first != null && (session.completed() || session.actualSeconds() >= COUNTS_FROM_SECONDS)) {
            first[1]++;
            first[2] += session.completed() ? 1 : 0;
        }
        LocalDate endDay = LocalDate.ofInstant(end, zone);
        for (LocalDate day = startDay.isBefore(from) ? from : startDay; !day.isAfter(endDay) && !day.isAfter(to);
                day = day.plusDays(1)) {
            Instant partStart = max(start, day.atStartOfDay(zone).toInstant());
            Instant partEnd = min(end, day.plusDays(1).atStartOfDay(zone).toInstant());
            long seconds = Math.max(0, Duration.between(partStart, partEnd).getSeconds());
            long[] row = days.get(day);
            if (seconds > 0) {
                parts.get(day).add(new long[] {partStart.toEpochMilli(), partEnd.toEpochMilli()});
            }
            row[3] = Math.max(row[3], seconds);
        }
    }

    /** One entry per day of the range, empty days included, with no blocked attempts. */
    Map<LocalDate, DayTotals> totals() {
        Map<LocalDate, DayTotals> result = new TreeMap<>();
        days.forEach((d, v) -> result.put(d, new DayTotals(d, unionSeconds(parts.get(d)), (int) v[1], (int) v[2], 0,
                v[3])));
        return result;
    }

    /** The whole seconds covered by {@code intervals}, each stretch of overlapping ones counted once. */
    static long unionSeconds(List<long[]> intervals) {
        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingLong(i -> i[0]));
        long seconds = 0;
        long start = 0;
        long end = Long.MIN_VALUE;
        for (long[] interval : sorted) {
            if (interval[0] > end) { // a gap: the stretch so far is complete
                seconds += end == Long.MIN_VALUE ? 0 : (end - start) / 1000;
                start = interval[0];
                end = interval[1];
            } else {
                end = Math.max(end, interval[1]);
            }
        }
        return seconds + (end == Long.MIN_VALUE ? 0 : (end - start) / 1000);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
