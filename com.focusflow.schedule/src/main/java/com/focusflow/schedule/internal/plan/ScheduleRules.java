package com.focusflow.schedule.internal.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.schedule.ScheduleRequest;

/**
 * Validates what users send: each mistake is {@code INVALID_INPUT} naming the field (with a prefix such as
 * {@code schedules[3].} for imported items), and nothing is changed.
 */
public final class ScheduleRules {

    private static final Pattern HH_MM = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private ScheduleRules() {
    }

    /** A request as a schedule with this id and time; {@code skipped} is cleared. */
    public static Schedule toSchedule(String id, ScheduleRequest request, Instant now) {
        if (request == null) {
            throw FocusFlowException.invalidInput("a schedule is required: name, days, start, end, action");
        }
        String name = name(request.name(), "");
        List<DayOfWeek> days = days(request.days(), "");
        LocalTime start = time(request.start(), "start");
        LocalTime end = time(request.end(), "end");
        distinct(start, end, "");
        ScheduleAction action = request.action() == null ? ScheduleAction.BLOCK : ScheduleAction.parse(request.action());
        return new Schedule(id, name, days, start, end, action, Boolean.TRUE.equals(request.strict()),
                !Boolean.FALSE.equals(request.enabled()), now, null);
    }

    /** Checks an imported schedule; {@code place} is e.g. {@code "schedules[3]."}. Returns it with normalized days. */
    public static Schedule check(Schedule s, String place, Instant now) {
        if (s == null) {
            throw FocusFlowException.invalidInput("%s: an item is required", place.isEmpty() ? "item" : place.substring(0, place.length() - 1));
        }
        if (s.id() == null || s.id().isBlank() || s.id().length() > 64 || !s.id().matches("[A-Za-z0-9-]+")) {
            throw FocusFlowException.invalidInput("%sid: must be 1-64 letters, digits or '-'", place);
        }
        String name = name(s.name(), place);
        if (s.days() == null || s.days().isEmpty() || s.days().stream().anyMatch(Objects::isNull)) {
            throw FocusFlowException.invalidInput("%sdays: at least one day is required, e.g. [\"MONDAY\"]", place);
        }
        List<DayOfWeek> days = List.copyOf(EnumSet.copyOf(s.days()));
        LocalTime start = wholeMinute(s.start(), place + "start");
        LocalTime end = wholeMinute(s.end(), place + "end");
        distinct(start, end, place);
        if (s.action() == null) {
            throw FocusFlowException.invalidInput("%saction: must be block or focus", place);
        }
        if (s.updatedAt() == null || s.updatedAt().isAfter(now.plusSeconds(86_400))) {
            throw FocusFlowException.invalidInput("%supdatedAt: is required and must not be more than a day ahead", place);
        }
        return new Schedule(s.id(), name, days, start, end, s.action(), s.strict(), s.enabled(), s.updatedAt(), s.skipped());
    }

    static String name(String raw, String place) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw FocusFlowException.invalidInput("%sname: is required, 1-%d characters", place, Schedule.MAX_NAME_LENGTH);
        }
        if (name.length() > Schedule.MAX_NAME_LENGTH) {
            throw FocusFlowException.invalidInput("%sname: must be at most %d characters, was %d", place,
                    Schedule.MAX_NAME_LENGTH, name.length());
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw FocusFlowException.invalidInput("%sname: must not contain control characters", place);
        }
        return name;
    }

    static List<DayOfWeek> days(Collection<String> raw, String place) {
        if (raw == null || raw.isEmpty()) {
            throw FocusFlowException.invalidInput("%sdays: at least one day is required, e.g. [\"MONDAY\"]", place);
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int i = 0;
        for (String day : raw) {
            days.add(day(day, place + "days[" + i++ + "]"));
        }
        return new ArrayList<>(days);
    }

    private static DayOfWeek day(String raw, String field) {
        String wanted = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(wanted)) {
                return day;
            }
        }
        throw FocusFlowException.invalidInput("%s: '%s' is not a day; use MONDAY..SUNDAY", field, raw == null ? "" : raw.strip());
    }

    /** A local {@code HH:MM} (or {@code H:MM}) time. */
    public static LocalTime time(String raw, String field) {
        Matcher m = HH_MM.matcher(raw == null ? "" : raw.strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw FocusFlowException.invalidInput("%s: must be a time HH:MM from 00:00 to 23:59, was '%s'", field,
                raw == null ? "" : raw.strip());
    }

    private static LocalTime wholeMinute(LocalTime time, String field) {
        if (time == null || time.getSecond() != 0 || time.getNano() != 0) {
            throw FocusFlowException.invalidInput("%s: must be a time HH:MM from 00:00 to 23:59", field);
        }
        return time;
    }

    private static void distinct(LocalTime start, LocalTime end, String place) {
        if (start.equals(end)) {
            throw FocusFlowException.invalidInput("%send: must differ from start (%s); an earlier end closes the next day",
                    place, start);
        }
    }
}
