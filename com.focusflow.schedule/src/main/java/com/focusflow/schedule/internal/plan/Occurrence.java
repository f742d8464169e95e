package com.focusflow.schedule.internal.plan;

import java.time.Instant;

import com.focusflow.api.schedule.Schedule;

/**
 * One window of one schedule, as instants: {@code [start, end)}.
 *
 * @param schedule the schedule it belongs to
 * @param start when it opens
 * @param end when it closes, after {@code start}
 */
public record Occurrence(Schedule schedule, Instant start, Instant end) {

    /** Whether {@code t} lies in {@code [start, end)}. */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
