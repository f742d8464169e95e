package com.focusflow.schedule.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.schedule.ScheduleWindow;
import com.focusflow.testing.Gen;
import com.focusflow.testing.Tries;

/** Generated schedules, zones and start instants, checked minute by minute against {@link MinuteReference}. */
class TimelineReferenceTest {

    static final int DAYS = 5;
    /**
     * Zones and a time two to three days before one of their changes: DST at 02:00 (Berlin, New York), by half an
     * hour (Lord Howe), at midnight (Santiago); a leap day and a zone without DST.
     */
    static final List<String[]> AROUND = List.of(new String[] { "Europe/Berlin", "2026-03-27T00:00:00Z" },
            new String[] { "Europe/Berlin", "2026-10-23T00:00:00Z" }, new String[] { "America/New_York", "2026-03-06T00:00:00Z" },
            new String[] { "America/New_York", "2026-10-30T00:00:00Z" }, new String[] { "Australia/Lord_Howe", "2026-04-02T12:00:00Z" },
            new String[] { "Australia/Lord_Howe", "2026-10-01T12:00:00Z" }, new String[] { "America/Santiago", "2026-04-03T00:00:00Z" },
            new String[] { "America/Santiago", "2026-09-04T00:00:00Z" }, new String[] { "Asia/Kolkata", "2028-02-27T00:00:00Z" },
            new String[] { "UTC", "2028-02-27T00:00:00Z" });

    record Case(String zone, Instant from, List<Schedule> schedules, Map<String, LocalDate> skipped) {
    }

    @Test
    void mergedWindowsMatchTheMinuteByMinuteReference() {
        Tries.check(60, TimelineReferenceTest::generate, c -> {
            ZoneId zone = ZoneId.of(c.zone());
            Timeline timeline = new Timeline(c.schedules(), zone);
            MinuteReference reference = new MinuteReference(c.schedules(), zone, c.skipped());
            Instant end = c.from().plus(DAYS - 1, ChronoUnit.DAYS);
            List<ScheduleWindow> windows = timeline.windows(c.from(), 1_000, DAYS);

            boolean before = reference.open(c.from());
            for (Instant t = c.from(); t.isBefore(end); t = t.plusSeconds(60)) {
                boolean expected = reference.open(t);
                assertThat(inAny(windows, t)).as("open at %s (%s)", t, t.atZone(zone)).isEqualTo(expected);
                assertThat(!timeline.openAt(t).isEmpty()).as("schedules open at %s (%s)", t, t.atZone(zone)).isEqualTo(expected);
                if (t.isAfter(c.from()) && expected != before) {
                    Optional<Instant> boundary = timeline.nextBoundary(t.minusSeconds(60));
                    assertThat(boundary).as("boundary after %s", t.minusSeconds(60)).contains(t);
                }
                before = expected;
            }
        });
    }

    static Case generate(Gen gen) {
        String[] around = AROUND.get(gen.between(0, AROUND.size() - 1));
        String zone = around[0];
        Instant from = Instant.parse(around[1]).plusSeconds(60L * gen.between(0, 24 * 60));
        List<Schedule> schedules = new ArrayList<>();
        Map<String, LocalDate> skipped = new HashMap<>();
        int count = gen.between(1, 5);
        for (int i = 0; i < count; i++) {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int dayCount = gen.between(1, 7);
            for (int d = 0; d < dayCount; d++) {
                days.add(DayOfWeek.of(gen.between(1, 7)));
            }
            LocalTime start = time(gen);
            LocalTime end = time(gen);
            if (end.equals(start)) {
                end = start.plusMinutes(gen.between(1, 600));
            }
            String id = "s" + i;
            Schedule s = new Schedule(id, id, List.copyOf(days), start, end, ScheduleAction.BLOCK, false, !gen.oneIn(8),
                    Instant.EPOCH, null);
            if (gen.oneIn(4)) {
                LocalDate day = LocalDate.ofInstant(from, ZoneId.of(zone)).plusDays(gen.between(0, 3));
                Occurrence o = Occurrences.on(s, day, ZoneId.of(zone));
                if (o != null) {
                    skipped.put(id, day);
                    s = Schedules.skipping(s, o.start());
                }
            }
            schedules.add(s);
        }
        return new Case(zone, from, schedules, skipped);
    }

    /** Times around the night (DST changes) often, otherwise any minute of the day. */
    private static LocalTime time(Gen gen) {
        if (gen.bool()) {
            return LocalTime.of(gen.oneOf(23, 0, 1, 2, 3), gen.oneOf(0, 15, 30, 45, gen.between(0, 59)));
        }
        return LocalTime.of(gen.between(0, 23), gen.oneOf(0, 30, gen.between(0, 59)));
    }

    private static boolean inAny(List<ScheduleWindow> windows, Instant t) {
        return windows.stream().anyMatch(w -> !t.isBefore(w.start()) && t.isBefore(w.end()));
    }
}
