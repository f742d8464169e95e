package com.focusflow.api.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekly schedule, as stored, answered over HTTP and exported (section {@value ScheduleTopics#SECTION}).
 * Its window opens on each of {@code days} at {@code start} and closes at {@code end} in the configured
 * zone (the statistics zone); an {@code end} earlier than {@code start} closes on the next day.
 *
 * @param id an opaque id (a UUID), unique across devices, so imports merge by id
 * @param name what the user calls it, 1..{@value #MAX_NAME_LENGTH} characters
 * @param days the days on which a window opens, non-empty, ordered Monday first, no duplicates
 * @param start local opening time, whole minutes
 * @param end local closing time, whole minutes, not equal to {@code start}
 * @param action what happens while the window is open
 * @param strict while its window is open it cannot be disabled, deleted, shortened or skipped
 * @param enabled whether windows open at all
 * @param updatedAt when it was created or last changed (UTC); on import the newer record wins
 * @param skipped the start of the one occurrence to skip, or null; set by
 *        {@link ScheduleService#skipNext(String)}
 */
public record Schedule(String id, String name, List<DayOfWeek> days, LocalTime start, LocalTime end,
        ScheduleAction action, boolean strict, boolean enabled, Instant updatedAt, Instant skipped) {
    /** Longest name, in characters. */
    public static final int MAX_NAME_LENGTH = 80;
}
