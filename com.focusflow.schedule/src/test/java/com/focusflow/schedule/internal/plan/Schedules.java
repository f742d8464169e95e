package com.focusflow.schedule.internal.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;

/** Test schedules. */
final class Schedules {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private Schedules() {
    }

    static Schedule block(String name, String start, String end, DayOfWeek... days) {
        return new Schedule(name.toLowerCase().replace(' ', '-'), name, List.of(days), LocalTime.parse(start),
                LocalTime.parse(end), ScheduleAction.BLOCK, false, true, CREATED, null);
    }

    static Schedule every(String name, String start, String end) {
        return block(name, start, end, DayOfWeek.values());
    }

    static Schedule strict(Schedule s) {
        return new Schedule(s.id(), s.name(), s.days(), s.start(), s.end(), s.action(), true, s.enabled(), s.updatedAt(), s.skipped());
    }

    static Schedule skipping(Schedule s, Instant start) {
        return new Schedule(s.id(), s.name(), s.days(), s.start(), s.end(), s.action(), s.strict(), s.enabled(), s.updatedAt(), start);
    }

    static Schedule disabled(Schedule s) {
        return new Schedule(s.id(), s.name(), s.days(), s.start(), s.end(), s.action(), s.strict(), false, s.updatedAt(), s.skipped());
    }
}
