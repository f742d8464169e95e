package com.focusflow.ui.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;

class WeekLayoutTest {

    @Test
    void oneBarPerDayAndAWindowAcrossMidnightContinuesNextDaySundayWrappingToMonday() {
        Schedule work = schedule("Work", "09:00", "12:00", true, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        Schedule night = schedule("Night", "22:00", "06:30", true, DayOfWeek.SUNDAY);
        Schedule off = schedule("Off", "10:00", "11:00", false, DayOfWeek.MONDAY);

        assertThat(WeekLayout.bars(List.of(night, work, off))).containsExactly(
                new WeekLayout.Bar(0, 0, 390, "Night", false),
                new WeekLayout.Bar(0, 540, 720, "Work", false),
                new WeekLayout.Bar(2, 540, 720, "Work", false),
                new WeekLayout.Bar(6, 1320, 1440, "Night", false));
    }

    @Test
    void aWindowEndingAtMidnightLeavesNoEmptyBar() {
        assertThat(WeekLayout.bars(List.of(schedule("Evening", "20:00", "00:00", true, DayOfWeek.FRIDAY))))
                .containsExactly(new WeekLayout.Bar(4, 1200, 1440, "Evening", false));
    }

    static Schedule schedule(String name, String start, String end, boolean enabled, DayOfWeek... days) {
        return new Schedule(name, name, List.of(days), LocalTime.parse(start), LocalTime.parse(end), ScheduleAction.BLOCK,
                false, enabled, Instant.EPOCH, null);
    }
}
