package com.focusflow.schedule.internal.plan;

import static com.focusflow.schedule.internal.plan.Schedules.block;
import static com.focusflow.schedule.internal.plan.Schedules.every;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.focusflow.api.schedule.Schedule;

class OccurrencesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aWindowWhoseEndIsEarlierThanItsStartClosesTheNextDay() {
        Schedule night = block("Night", "22:00", "06:30", FRIDAY);
        Occurrence friday = Occurrences.on(night, LocalDate.parse("2026-01-09"), BERLIN);

        assertThat(friday.start()).isEqualTo(Instant.parse("2026-01-09T21:00:00Z"));
        assertThat(friday.end()).isEqualTo(Instant.parse("2026-01-10T05:30:00Z"));
        assertThat(Occurrences.on(night, LocalDate.parse("2026-01-10"), BERLIN)).as("Saturday is not one of its days").isNull();
        assertThat(Occurrences.containing(night, Instant.parse("2026-01-10T05:29:00Z"), BERLIN)).contains(friday);
        assertThat(Occurrences.containing(night, Instant.parse("2026-01-10T05:30:00Z"), BERLIN)).isEmpty();
    }

    @Test
    void aStartInTheSpringForwardGapBeginsAtTheFirstValidInstantAfterIt() {
        // Berlin, 29 March 2026: 02:00 becomes 03:00.
        Occurrence berlin = Occurrences.on(every("Early", "02:30", "04:00"), LocalDate.parse("2026-03-29"), BERLIN);
        assertThat(berlin.start().atZone(BERLIN).toLocalTime()).hasToString("03:00");
        assertThat(Duration.between(berlin.start(), berlin.end())).hasHours(1);

        // New York, 8 March 2026: 02:00 becomes 03:00.
        Occurrence newYork = Occurrences.on(every("Early", "02:15", "05:00"), LocalDate.parse("2026-03-08"), NEW_YORK);
        assertThat(newYork.start()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z")); // 03:00 EDT
        assertThat(newYork.end()).isEqualTo(Instant.parse("2026-03-08T09:00:00Z"));
    }

    @Test
    void aWindowEntirelyInsideTheGapDoesNotOpenThatDay() {
        assertThat(Occurrences.on(every("Gone", "02:10", "02:50"), LocalDate.parse("2026-03-29"), BERLIN)).isNull();
        assertThat(Occurrences.on(every("Gone", "02:10", "02:50"), LocalDate.parse("2026-03-30"), BERLIN)).isNotNull();
    }

    @Test
    void aRepeatedHourDoesNotRunAWindowTwice() {
        // Berlin, 25 October 2026: 03:00 becomes 02:00 again; New York, 1 November 2026: 02:00 becomes 01:00.
        Schedule inRepeat = every("Repeat", "02:10", "02:50");
        Occurrence berlin = Occurrences.on(inRepeat, LocalDate.parse("2026-10-25"), BERLIN);
        assertThat(berlin.start()).isEqualTo(Instant.parse("2026-10-25T00:10:00Z")); // the first 02:10 (CEST)
        assertThat(Duration.between(berlin.start(), berlin.end())).hasMinutes(40);
        Instant secondPass = Instant.parse("2026-10-25T01:20:00Z"); // 02:20 CET, the second time round
        assertThat(Occurrences.containing(inRepeat, secondPass, BERLIN)).isEmpty();

        Occurrence newYork = Occurrences.on(every("Repeat", "01:15", "01:45"), LocalDate.parse("2026-11-01"), NEW_YORK);
        assertThat(newYork.start()).isEqualTo(Instant.parse("2026-11-01T05:15:00Z")); // 01:15 EDT
        assertThat(Occurrences.containing(newYork.schedule(), Instant.parse("2026-11-01T06:30:00Z"), NEW_YORK)).isEmpty();
    }

    @Test
    void aWindowAcrossTheFallBackLastsItsWallClockTimePlusTheRepeatedHour() {
        Occurrence night = Occurrences.on(every("Night", "22:00", "06:00"), LocalDate.parse("2026-10-24"), BERLIN);
        assertThat(Duration.between(night.start(), night.end())).hasHours(9);
        Occurrence spring = Occurrences.on(every("Night", "22:00", "06:00"), LocalDate.parse("2026-03-28"), BERLIN);
        assertThat(Duration.between(spring.start(), spring.end())).hasHours(7);
    }

    @Test
    void aLeapDayIsADayLikeAnyOther() {
        Schedule sunday = block("Leap", "23:00", "01:00", SUNDAY);
        // 29 February 2032 is a Sunday; its window closes on 1 March.
        Occurrence leap = Occurrences.on(sunday, LocalDate.parse("2032-02-29"), BERLIN);
        assertThat(leap.end().atZone(BERLIN).toLocalDate()).isEqualTo(LocalDate.parse("2032-03-01"));
        Schedule thursday = block("Leap", "09:00", "10:00", THURSDAY);
        assertThat(Occurrences.currentOrNext(thursday, Instant.parse("2028-02-28T12:00:00Z"), BERLIN).orElseThrow().start())
                .isEqualTo(Instant.parse("2028-03-02T08:00:00Z"));
        assertThat(Occurrences.on(block("Leap", "09:00", "10:00", MONDAY, SATURDAY), LocalDate.parse("2028-02-29"), BERLIN))
                .as("29 Feb 2028 is a Tuesday").isNull();
    }

    @Test
    void theSameScheduleOpensAtTheLocalTimeOfTheConfiguredZone() {
        Schedule work = every("Work", "09:00", "12:00");
        Instant t = Instant.parse("2026-06-01T08:30:00Z"); // 10:30 in Berlin, 04:30 in New York
        assertThat(Occurrences.containing(work, t, BERLIN)).isPresent();
        assertThat(Occurrences.containing(work, t, NEW_YORK)).isEmpty();
        assertThat(Occurrences.currentOrNext(work, t, NEW_YORK).orElseThrow().start())
                .isEqualTo(Instant.parse("2026-06-01T13:00:00Z"));
    }
}
