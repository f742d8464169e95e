package com.focusflow.schedule.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.schedule.internal.plan.Occurrence;

class PlannerTest {

    static final Instant MONDAY_8 = Instant.parse("2026-01-05T07:00:00Z"); // 08:00 Berlin

    final ManualTimer timer = new ManualTimer(MONDAY_8);
    final List<String> log = new CopyOnWriteArrayList<>();
    volatile List<Schedule> schedules = List.of(schedule("a", "Morning", "09:00", "12:00"), schedule("b", "Noon", "12:00", "13:00"));
    volatile ZoneId zone = ZoneId.of("Europe/Berlin");
    final Planner planner = new Planner(() -> schedules, () -> zone, timer, timer, new Planner.Windows() {
        @Override
        public void opened(Occurrence window, boolean atItsStart) {
            log.add(timer.instant() + " open " + window.schedule().name() + (atItsStart ? " at start" : " found open"));
        }

        @Override
        public void changed(Occurrence before, Occurrence after) {
            log.add(timer.instant() + " changed " + after.schedule().name() + " until " + after.end());
        }

        @Override
        public void closed(Occurrence window) {
            log.add(timer.instant() + " closed " + window.schedule().name());
        }
    });

    @Test
    void boundariesFireOnTimeAndATouchingWindowTakesOverBeforeTheFirstCloses() {
        planner.replan();
        timer.runUntil(MONDAY_8);
        assertThat(log).isEmpty();
        assertThat(timer.nextDue()).isEqualTo(MONDAY_8.plus(Planner.MAX_WAIT));

        timer.runUntil(Instant.parse("2026-01-05T13:00:00Z"));
        assertThat(log).containsExactly(
                "2026-01-05T08:00:00Z open Morning at start",
                "2026-01-05T11:00:00Z open Noon at start",
                "2026-01-05T11:00:00Z closed Morning",
                "2026-01-05T12:00:00Z closed Noon");
    }

    @Test
    void aWindowFoundOpenAfterARestartOpensAtOnceButNotAsItsStart() {
        timer.jump(Instant.parse("2026-01-05T09:30:00Z"));
        planner.replan();
        timer.runUntil(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(log).containsExactly("2026-01-05T09:30:00Z open Morning found open");
    }

    @Test
    void aChangeOrAZoneChangeIsFollowedAtTheNextCheck() {
        timer.jump(Instant.parse("2026-01-05T09:30:00Z"));
        planner.replan();
        timer.runUntil(Instant.parse("2026-01-05T09:30:00Z"));

        schedules = List.of(schedule("a", "Morning", "09:00", "12:30"), schedule("b", "Noon", "12:00", "13:00"));
        planner.replan();
        timer.runUntil(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(log).last().isEqualTo("2026-01-05T09:30:00Z changed Morning until 2026-01-05T11:30:00Z");

        zone = ZoneId.of("America/New_York"); // 04:30 there: nothing open
        planner.replan();
        timer.runUntil(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(log).last().isEqualTo("2026-01-05T09:30:00Z closed Morning");
        assertThat(timer.nextDue()).isEqualTo(Instant.parse("2026-01-05T09:30:30Z")); // the longest wait: 09:00 EST is hours away
    }

    @Test
    void aWallClockJumpIsNoticedWithinTheLongestWait() {
        planner.replan();
        timer.runUntil(MONDAY_8);
        timer.jump(Instant.parse("2026-01-05T09:00:00Z")); // suspended for two hours
        timer.runUntil(Instant.parse("2026-01-05T09:00:30Z"));
        assertThat(log).containsExactly("2026-01-05T09:00:00Z open Morning found open");
    }

    @Test
    void aStoppedPlannerReportsNothingMore() {
        planner.replan();
        timer.runUntil(MONDAY_8);
        planner.stop();
        timer.runUntil(Instant.parse("2026-01-05T13:00:00Z"));
        assertThat(log).isEmpty();
    }

    static Schedule schedule(String id, String name, String start, String end) {
        return new Schedule(id, name, List.of(DayOfWeek.MONDAY), LocalTime.parse(start), LocalTime.parse(end),
                ScheduleAction.BLOCK, false, true, Instant.EPOCH, null);
    }
}
