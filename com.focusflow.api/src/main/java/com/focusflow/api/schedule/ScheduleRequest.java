package com.focusflow.api.schedule;

import java.util.List;

/**
 * What to create or replace: the body of {@code POST /schedules} and {@code PUT /schedules/{id}}, e.g.
 * {@code {"name":"Deep work","days":["MONDAY","TUESDAY"],"start":"09:00","end":"12:00","action":"block",
 * "strict":false,"enabled":true}}. Validated by the {@link ScheduleService}, which names the field at fault.
 *
 * @param name 1..{@value Schedule#MAX_NAME_LENGTH} characters, surrounding blanks removed
 * @param days {@link java.time.DayOfWeek} names, at least one
 * @param start local {@code HH:MM}
 * @param end local {@code HH:MM}, not equal to {@code start}; earlier means the next day
 * @param action {@code block} or {@code focus}; null means {@code block}
 * @param strict null means false
 * @param enabled null means true
 */
public record ScheduleRequest(String name, List<String> days, String start, String end, String action,
        Boolean strict, Boolean enabled) {
}
