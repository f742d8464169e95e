package com.focusflow.schedule.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.schedule.ScheduleRequest;

class ScheduleRulesTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aValidRequestIsNormalized() {
        Schedule s = ScheduleRules.toSchedule("id1", new ScheduleRequest("  Deep work ", List.of("tuesday", "MONDAY", "Monday"),
                "9:00", "12:00", "FOCUS", null, null), NOW);
        assertThat(s.name()).isEqualTo("Deep work");
        assertThat(s.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(s.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s.action()).isEqualTo(ScheduleAction.FOCUS);
        assertThat(s.strict()).isFalse();
        assertThat(s.enabled()).isTrue();
        assertThat(s.updatedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''         | MONDAY        | 09:00 | 12:00 | block | name: is required",
            "x81        | MONDAY        | 09:00 | 12:00 | block | name: must be at most 80 characters, was 81",
            "Work       | ''            | 09:00 | 12:00 | block | days: at least one day",
            "Work       | MONDAY,FUNDAY | 09:00 | 12:00 | block | days[1]: 'FUNDAY' is not a day",
            "Work       | MONDAY        | 24:00 | 12:00 | block | start: must be a time HH:MM",
            "Work       | MONDAY        | 09:00 | 9.30  | block | end: must be a time HH:MM",
            "Work       | MONDAY        | 09:00 | 09:00 | block | end: must differ from start",
            "Work       | MONDAY        | 09:00 | 12:00 | nap   | action 'nap' is unknown; allowed: block, focus" })
    void eachMistakeNamesItsField(String name, String days, String start, String end, String action, String message) {
        String realName = name.equals("x81") ? "x".repeat(81) : name;
        List<String> dayList = days.isEmpty() ? List.of() : Arrays.asList(days.split(","));
        assertThatThrownBy(() -> ScheduleRules.toSchedule("id", new ScheduleRequest(realName, dayList, start, end, action, false, true), NOW))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith(message);
                });
    }

    @Test
    void anImportedItemIsCheckedWithItsPlace() {
        Schedule bad = new Schedule("abc", "Work", List.of(), LocalTime.NOON, LocalTime.MIDNIGHT, ScheduleAction.BLOCK, false, true, NOW, null);
        assertThatThrownBy(() -> ScheduleRules.check(bad, "schedules[3].", NOW)).hasMessageStartingWith("schedules[3].days:");
        Schedule future = new Schedule("abc", "Work", List.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.MIDNIGHT,
                ScheduleAction.BLOCK, false, true, NOW.plusSeconds(2 * 86_400), null);
        assertThatThrownBy(() -> ScheduleRules.check(future, "schedules[0].", NOW)).hasMessageStartingWith("schedules[0].updatedAt:");
        Schedule badId = new Schedule("a b", "Work", List.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.MIDNIGHT,
                ScheduleAction.BLOCK, false, true, NOW, null);
        assertThatThrownBy(() -> ScheduleRules.check(badId, "schedules[1].", NOW)).hasMessageStartingWith("schedules[1].id:");
    }
}
