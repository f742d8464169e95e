package com.focusflow.ui.internal.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.focusflow.api.schedule.Schedule;

/**
 * Where the week view draws each schedule: one bar per day it opens, in local wall-clock minutes; a window
 * that crosses midnight is a bar to the end of its day and one from the start of the next (Sunday wraps to
 * Monday). Disabled schedules are left out.
 */
public final class WeekLayout {

    /** Minutes in a day, the height of a column. */
    public static final int DAY_MINUTES = 24 * 60;

    /**
     * One bar.
     *
     * @param day the column, 0 = Monday
     * @param from minutes after midnight
     * @param to minutes after midnight, up to {@value #DAY_MINUTES}
     * @param name the schedule's name
     * @param strict whether it is strict
     */
    public record Bar(int day, int from, int to, String name, boolean strict) {
    }

    private WeekLayout() {
    }

    public static List<Bar> bars(List<Schedule> schedules) {
        List<Bar> bars = new ArrayList<>();
        for (Schedule s : schedules) {
            if (!s.enabled()) {
                continue;
            }
            int start = s.start().getHour() * 60 + s.start().getMinute();
            int end = s.end().getHour() * 60 + s.end().getMinute();
            for (DayOfWeek day : s.days()) {
                int column = day.getValue() - 1;
                if (end > start) {
                    bars.add(new Bar(column, start, end, s.name(), s.strict()));
                } else {
                    bars.add(new Bar(column, start, DAY_MINUTES, s.name(), s.strict()));
                    if (end > 0) {
                        bars.add(new Bar((column + 1) % 7, 0, end, s.name(), s.strict()));
                    }
                }
            }
        }
        bars.sort(Comparator.comparingInt(Bar::day).thenComparingInt(Bar::from));
        return bars;
    }
}
