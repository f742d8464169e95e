package com.focusflow.schedule.internal.plan;

import static com.focusflow.schedule.internal.plan.Schedules.block;
import static com.focusflow.schedule.internal.plan.Schedules.disabled;
import static com.focusflow.schedule.internal.plan.Schedules.every;
import static com.focusflow.schedule.internal.plan.Schedules.skipping;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleWindow;

class TimelineTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant MONDAY_8 = Instant.parse("2026-01-05T07:00:00Z"); // Monday 08:00 in Berlin

    @Test
    void overlappingAndTouchingWindowsMergeIntoOne() {
        Schedule morning = block("Morning", "09:00", "12:00", MONDAY);
        Schedule late = block("Late morning", "11:00", "13:00", MONDAY);
        Schedule lunch = block("Lunch", "13:00", "14:00", MONDAY);
        Schedule evening = block("Evening", "18:00", "19:00", MONDAY);
        Timeline timeline = new Timeline(List.of(evening, lunch, late, morning), BERLIN);

        List<ScheduleWindow> windows = timeline.windows(MONDAY_8, 10, 1);
        assertThat(windows).hasSize(2);
        assertThat(windows.get(0).start()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
        assertThat(windows.get(0).end()).isEqualTo(Instant.parse("2026-01-05T13:00:00Z"));
        assertThat(windows.get(0).schedules()).extracting(ScheduleWindow.Ref::name)
                .containsExactly("Morning", "Late morning", "Lunch");
        assertThat(windows.get(0).open()).isFalse();
        assertThat(windows.get(1).schedules()).extracting(ScheduleWindow.Ref::name).containsExactly("Evening");
    }

    @Test
    void theBoundariesAreTheMergedWindowsEdges() {
        Timeline timeline = new Timeline(List.of(block("A", "09:00", "12:00", MONDAY), block("B", "11:00", "13:00", MONDAY)), BERLIN);
        assertThat(timeline.nextBoundary(MONDAY_8)).contains(Instant.parse("2026-01-05T08:00:00Z"));
        assertThat(timeline.nextBoundary(Instant.parse("2026-01-05T08:00:00Z"))).as("B's start does not count inside A")
                .contains(Instant.parse("2026-01-05T10:00:00Z"));
        // B's start is still a boundary for B itself: the runtime re-checks who is open there.
        assertThat(timeline.openAt(Instant.parse("2026-01-05T10:30:00Z"))).extracting(o -> o.schedule().name())
                .containsExactly("A", "B");
    }

    @Test
    void theWindowOpenNowIsNextAndSaysSo() {
        Timeline timeline = new Timeline(List.of(every("Work", "09:00", "17:00")), BERLIN);
        ScheduleWindow now = timeline.next(Instant.parse("2026-01-05T10:00:00Z")).orElseThrow();
        assertThat(now.open()).isTrue();
        assertThat(now.end()).isEqualTo(Instant.parse("2026-01-05T16:00:00Z"));
        ScheduleWindow later = timeline.next(Instant.parse("2026-01-05T16:00:00Z")).orElseThrow();
        assertThat(later.open()).isFalse();
        assertThat(later.start()).isEqualTo(Instant.parse("2026-01-06T08:00:00Z"));
    }

    @Test
    void aSkippedOccurrenceIsLeftOutAndTheOneAfterOpensAsUsual() {
        Schedule work = block("Work", "09:00", "12:00", MONDAY, TUESDAY);
        Instant mondayStart = Instant.parse("2026-01-05T08:00:00Z");
        Timeline timeline = new Timeline(List.of(skipping(work, mondayStart)), BERLIN);

        assertThat(timeline.openAt(Instant.parse("2026-01-05T09:00:00Z"))).isEmpty();
        assertThat(timeline.next(MONDAY_8).orElseThrow().start()).isEqualTo(Instant.parse("2026-01-06T08:00:00Z"));
        assertThat(timeline.windows(MONDAY_8, 3, 14)).extracting(ScheduleWindow::start).containsExactly(
                Instant.parse("2026-01-06T08:00:00Z"), Instant.parse("2026-01-12T08:00:00Z"), Instant.parse("2026-01-13T08:00:00Z"));
    }

    @Test
    void disabledSchedulesHaveNoWindows() {
        Timeline timeline = new Timeline(List.of(disabled(every("Off", "09:00", "10:00"))), BERLIN);
        assertThat(timeline.next(MONDAY_8)).isEmpty();
        assertThat(timeline.nextBoundary(MONDAY_8)).isEmpty();
    }

    @Test
    void changingTheZoneMovesTheWindows() {
        Schedule work = every("Work", "09:00", "12:00");
        Instant t = Instant.parse("2026-01-05T09:00:00Z");
        assertThat(new Timeline(List.of(work), BERLIN).openAt(t)).hasSize(1);
        Timeline newYork = new Timeline(List.of(work), ZoneId.of("America/New_York"));
        assertThat(newYork.openAt(t)).isEmpty();
        assertThat(newYork.nextBoundary(t)).contains(Instant.parse("2026-01-05T14:00:00Z"));
    }

    @Test
    void schedulesCoveringEveryHourGiveOneWindowCutAtTheHorizon() {
        Timeline timeline = new Timeline(List.of(every("Day", "06:00", "20:00"), every("Night", "20:00", "06:00")), BERLIN);
        List<ScheduleWindow> windows = timeline.windows(MONDAY_8, 5, 3);
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0).open()).isTrue();
        assertThat(windows.get(0).end()).isAfter(MONDAY_8.plusSeconds(3 * 86_400));
    }
}
