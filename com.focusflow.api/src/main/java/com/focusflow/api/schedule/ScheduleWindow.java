package com.focusflow.api.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A window of time during which one or more schedules are open; overlapping and touching windows of
 * several schedules are merged into one.
 *
 * @param start when it opens (UTC)
 * @param end when it closes (UTC)
 * @param open whether it is open now
 * @param schedules the schedules it is made of, ordered by their start
 */
public record ScheduleWindow(Instant start, Instant end, boolean open, List<Ref> schedules) {

    /** Copies the list. */
    public ScheduleWindow {
        schedules = List.copyOf(schedules);
    }

    /**
     * One schedule of a window.
     *
     * @param id its id
     * @param name its name
     * @param action what it does
     * @param strict whether it is strict
     */
    public record Ref(String id, String name, ScheduleAction action, boolean strict) {
    }
}
