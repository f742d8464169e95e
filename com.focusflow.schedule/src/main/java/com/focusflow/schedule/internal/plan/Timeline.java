package com.focusflow.schedule.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleWindow;

/**
 * The windows of a set of schedules in one zone: enabled schedules only, a skipped occurrence left out,
 * overlapping and touching windows merged into one.
 */
public final class Timeline {

    /** How far ahead windows are looked for: any weekly window opens within eight days. */
    public static final int HORIZON_DAYS = 8;

    private final List<Schedule> schedules;
    private final ZoneId zone;

    public Timeline(List<Schedule> schedules, ZoneId zone) {
        this.schedules = schedules.stream().filter(Schedule::enabled).toList();
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The occurrences open at {@code t}, one per schedule at most, ordered by start. */
    public List<Occurrence> openAt(Instant t) {
        List<Occurrence> open = new ArrayList<>();
        for (Schedule schedule : schedules) {
            Occurrences.containing(schedule, t, zone).filter(this::notSkipped).ifPresent(open::add);
        }
        open.sort(Comparator.comparing(Occurrence::start));
        return open;
    }

    /**
     * Up to {@code limit} merged windows that end after {@code from}, in order; the first may have opened
     * before {@code from}. Looks {@code days} local days ahead; a window still growing at that horizon is
     * cut there (only a set of schedules that covers every hour of those days does that).
     */
    public List<ScheduleWindow> windows(Instant from, int limit, int days) {
        List<ScheduleWindow> windows = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
        Merging merging = new Merging();
        for (int i = 0; i <= days + 1 && windows.size() < limit; i++) {
            for (Occurrence occurrence : openingOn(first.plusDays(i))) {
                merging.add(occurrence, from).ifPresent(windows::add);
            }
        }
        merging.finish(from).ifPresent(windows::add);
        return windows.size() > limit ? windows.subList(0, limit) : windows;
    }

    /** The merged window open at {@code now}, or else the next one to open within the horizon. */
    public Optional<ScheduleWindow> next(Instant now) {
        return windows(now, 1, HORIZON_DAYS).stream().findFirst();
    }

    /** The first instant after {@code t} at which a window opens or closes, within the horizon. */
    public Optional<Instant> nextBoundary(Instant t) {
        Instant next = null;
        LocalDate today = LocalDate.ofInstant(t, zone);
        for (Schedule schedule : schedules) {
            for (int i = -1; i <= HORIZON_DAYS; i++) {
                Occurrence occurrence = Occurrences.on(schedule, today.plusDays(i), zone);
                if (occurrence == null || !notSkipped(occurrence)) {
                    continue;
                }
                Instant boundary = occurrence.start().isAfter(t) ? occurrence.start()
                        : occurrence.end().isAfter(t) ? occurrence.end() : null;
                if (boundary != null && (next == null || boundary.isBefore(next))) {
                    next = boundary;
                }
                if (occurrence.start().isAfter(t)) {
                    break; // this schedule's later windows open later still
                }
            }
        }
        return Optional.ofNullable(next);
    }

    private List<Occurrence> openingOn(LocalDate day) {
        List<Occurrence> opening = new ArrayList<>();
        for (Schedule schedule : schedules) {
            Occurrence occurrence = Occurrences.on(schedule, day, zone);
            if (occurrence != null && notSkipped(occurrence)) {
                opening.add(occurrence);
            }
        }
        opening.sort(Comparator.comparing(Occurrence::start));
        return opening;
    }

    private boolean notSkipped(Occurrence occurrence) {
        return !occurrence.start().equals(occurrence.schedule().skipped());
    }

    /** Merges occurrences that arrive in start order into windows. */
    private static final class Merging {
        private Instant start;
        private Instant end;
        private final List<ScheduleWindow.Ref> refs = new ArrayList<>();

        /** Adds one occurrence; returns the window it closed, if that window ends after {@code from}. */
        Optional<ScheduleWindow> add(Occurrence occurrence, Instant from) {
            Optional<ScheduleWindow> closed = Optional.empty();
            if (start != null && occurrence.start().isAfter(end)) {
                closed = finish(from);
            }
            if (start == null) {
                start = occurrence.start();
                end = occurrence.end();
            } else if (occurrence.end().isAfter(end)) {
                end = occurrence.end();
            }
            Schedule s = occurrence.schedule();
            ScheduleWindow.Ref ref = new ScheduleWindow.Ref(s.id(), s.name(), s.action(), s.strict());
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
            return closed;
        }

        Optional<ScheduleWindow> finish(Instant from) {
            Optional<ScheduleWindow> window = start != null && end.isAfter(from)
                    ? Optional.of(new ScheduleWindow(start, end, !start.isAfter(from), refs))
                    : Optional.empty();
            start = null;
            end = null;
            refs.clear();
            return window;
        }
    }
}
