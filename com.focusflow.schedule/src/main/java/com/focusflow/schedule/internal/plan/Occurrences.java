package com.focusflow.schedule.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;

import com.focusflow.api.schedule.Schedule;

/**
 * Turns a schedule's local times into instants in a zone, with the DST rules users expect: a time skipped by
 * a spring-forward gap means the first instant after the gap (the transition), and a time that occurs twice
 * at a fall-back means its first occurrence, so a window never runs twice in the repeated hour.
 */
public final class Occurrences {

    private Occurrences() {
    }

    /**
     * The window of {@code schedule} that opens on local date {@code day}, or null if it does not open that day
     * (not one of its days, or both ends fall into the same DST gap, leaving nothing). Ignores enabled and skip.
     */
    public static Occurrence on(Schedule schedule, LocalDate day, ZoneId zone) {
        if (!schedule.days().contains(day.getDayOfWeek())) {
            return null;
        }
        LocalTime start = schedule.start();
        LocalTime end = schedule.end();
        LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
        ZoneRules rules = zone.getRules();
        Instant from = instant(day.atTime(start), rules);
        Instant to = instant(endDay.atTime(end), rules);
        return to.isAfter(from) ? new Occurrence(schedule, from, to) : null;
    }

    /** The window of {@code schedule} that contains {@code t}, if any (enabled and skip ignored). */
    public static Optional<Occurrence> containing(Schedule schedule, Instant t, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(t, zone);
        // A window that contains t opened today or, crossing midnight (or a day's DST shift), yesterday.
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            Occurrence occurrence = on(schedule, day, zone);
            if (occurrence != null && occurrence.contains(t)) {
                return Optional.of(occurrence);
            }
        }
        return Optional.empty();
    }

    /** The window of {@code schedule} that contains {@code t}, or else the first that opens after it (within 8 days). */
    public static Optional<Occurrence> currentOrNext(Schedule schedule, Instant t, ZoneId zone) {
        Optional<Occurrence> open = containing(schedule, t, zone);
        if (open.isPresent()) {
            return open;
        }
        LocalDate today = LocalDate.ofInstant(t, zone);
        for (int i = 0; i <= 8; i++) {
            Occurrence occurrence = on(schedule, today.plusDays(i), zone);
            if (occurrence != null && occurrence.start().isAfter(t)) {
                return Optional.of(occurrence);
            }
        }
        return Optional.empty();
    }

    /** A local date-time as an instant: the first valid instant at or after it, its earlier offset if twice. */
    static Instant instant(LocalDateTime local, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        // Of two offsets (fall-back), the one in force before the transition gives the earlier instant.
        return local.toInstant(offsets.size() == 1 ? offsets.get(0) : rules.getTransition(local).getOffsetBefore());
    }
}
