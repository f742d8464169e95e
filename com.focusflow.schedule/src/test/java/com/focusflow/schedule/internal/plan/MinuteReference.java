package com.focusflow.schedule.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;

import com.focusflow.api.schedule.Schedule;

/**
 * The brute-force definition of "open", minute by minute, written without the code under test: a schedule is
 * open when the wall clock shows a time inside its window of that day (or of yesterday, across midnight). During
 * a repeated hour (fall-back) nothing opens or closes: the state of the minute before the clocks went back holds.
 */
final class MinuteReference {

    private final List<Schedule> schedules;
    private final ZoneId zone;
    private final Map<String, LocalDate> skippedDays;

    /** @param skippedDays per schedule id, the local date whose window is skipped */
    MinuteReference(List<Schedule> schedules, ZoneId zone, Map<String, LocalDate> skippedDays) {
        this.schedules = schedules;
        this.zone = zone;
        this.skippedDays = skippedDays;
    }

    boolean open(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 2) {
            ZoneOffsetTransition back = zone.getRules().getTransition(local);
            if (!t.isBefore(back.getInstant())) {
                return open(back.getInstant().minusSeconds(60)); // second time round: frozen
            }
        }
        return schedules.stream().anyMatch(s -> s.enabled() && wallClockOpen(s, local));
    }

    private boolean wallClockOpen(Schedule s, LocalDateTime local) {
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (s.end().isAfter(s.start())) {
            return opensOn(s, day) && !time.isBefore(s.start()) && time.isBefore(s.end());
        }
        return opensOn(s, day) && !time.isBefore(s.start()) || opensOn(s, day.minusDays(1)) && time.isBefore(s.end());
    }

    private boolean opensOn(Schedule s, LocalDate day) {
        return s.days().contains(day.getDayOfWeek()) && !day.equals(skippedDays.get(s.id()));
    }
}
