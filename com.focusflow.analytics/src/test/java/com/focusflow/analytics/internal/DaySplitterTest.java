package com.focusflow.analytics.internal;

import static com.focusflow.analytics.internal.Sessions.at;
import static com.focusflow.analytics.internal.Sessions.day;
import static com.focusflow.analytics.internal.Sessions.ended;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

class DaySplitterTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aSessionCrossingMidnightIsSplitBetweenTheTwoDaysAndCountsAsStartedOnTheFirst() {
        // 23:30 + 90 min: 30 min on the 14th, 60 min on the 15th
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-01-14"), day("2026-01-15"));
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-14T23:30"), 5400, true));

        var totals = splitter.totals();
        assertThat(totals.get(day("2026-01-14"))).isEqualTo(new DayTotals(day("2026-01-14"), 1800, 1, 1, 0, 1800));
        assertThat(totals.get(day("2026-01-15"))).isEqualTo(new DayTotals(day("2026-01-15"), 3600, 0, 0, 0, 3600));
    }

    @Test
    void onTheSpringForwardDayAnOvernightSessionGetsOnlyTheRealHours() {
        // Berlin, 29 March 2026: 02:00 becomes 03:00, the day has 23 hours. 22:00 on the 28th + 30 h of wall
        // time ends at 05:00 on the 30th: 2 h on the 28th, 23 h on the 29th, 5 h on the 30th.
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-03-28"), day("2026-03-30"));
        splitter.add(ended(SessionType.CUSTOM, at(BERLIN, "2026-03-28T22:00"), 30 * 3600, false));

        var totals = splitter.totals();
        assertThat(totals.get(day("2026-03-28")).focusSeconds()).isEqualTo(2 * 3600);
        assertThat(totals.get(day("2026-03-29")).focusSeconds()).isEqualTo(23 * 3600);
        assertThat(totals.get(day("2026-03-30")).focusSeconds()).isEqualTo(5 * 3600);
    }

    @Test
    void onTheFallBackDayTheRepeatedHourCountsTwice() {
        // Berlin, 25 October 2026: 03:00 becomes 02:00 again, the day has 25 hours; 00:00 + 25 h stays on it.
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-10-25"), day("2026-10-26"));
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-10-25T00:00"), 25 * 3600, true));

        var totals = splitter.totals();
        assertThat(totals.get(day("2026-10-25")).focusSeconds()).isEqualTo(25 * 3600);
        assertThat(totals.get(day("2026-10-26")).focusSeconds()).isZero();
    }

    @Test
    void emptyDaysAreZeroAndBreaksAndRunningSessionsDoNotCount() {
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-02-01"), day("2026-02-03"));
        splitter.add(ended(SessionType.BREAK, at(BERLIN, "2026-02-02T10:00"), 300, true));
        Session running = new Session("r", SessionType.FOCUS, at(BERLIN, "2026-02-02T11:00"), null, 25, 600, 900L,
                false, false, null);
        splitter.add(running);

        assertThat(splitter.totals()).hasSize(3).allSatisfy((d, t) -> assertThat(t).isEqualTo(DayTotals.empty(d)));
    }

    @Test
    void longestIsTheLongestPartOnTheDayAndOnlyDaysInTheRangeAreCounted() {
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-01-15"), day("2026-01-15"));
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-14T23:00"), 7200, true)); // 1 h on the 15th
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:00"), 1500, false));

        DayTotals day = splitter.totals().get(day("2026-01-15"));
        assertThat(day).isEqualTo(new DayTotals(day("2026-01-15"), 3600 + 1500, 1, 0, 0, 3600));
        assertThat(splitter.totals()).containsOnlyKeys(day("2026-01-15"));
    }

    @Test
    void overlappingSessionsFromTwoDevicesCountTheirCommonTimeOnce() {
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-01-15"), day("2026-01-15"));
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:00"), 3600, true));   // 09:00-10:00
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:30"), 3600, true));   // 09:30-10:30
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T11:00"), 600, false));   // 11:00-11:10, apart

        DayTotals day = splitter.totals().get(day("2026-01-15"));
        assertThat(day.focusSeconds()).as("09:00-10:30 and 11:00-11:10").isEqualTo(5400 + 600);
        assertThat(day.sessionsStarted()).isEqualTo(3);
    }

    @Test
    void aDayNeverHoldsMoreFocusThanItHasHours() {
        // the same 24-hour session imported three times under other ids (the "60 h of focus")
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-01-15"), day("2026-01-15"));
        for (int i = 0; i < 3; i++) {
            splitter.add(ended(SessionType.CUSTOM, at(BERLIN, "2026-01-15T00:00"), 24 * 3600, true));
        }

        assertThat(splitter.totals().get(day("2026-01-15")).focusSeconds()).isEqualTo(24 * 3600);
    }

    @Test
    void aSessionStoppedInItsFirstMinuteDoesNotCountAsStarted() {
        DaySplitter splitter = new DaySplitter(BERLIN, day("2026-01-15"), day("2026-01-15"));
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:00"), 0, false));   // a double click
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:01"), 59, false));
        splitter.add(ended(SessionType.FOCUS, at(BERLIN, "2026-01-15T09:10"), 60, false));  // a minute: counts
        splitter.add(ended(SessionType.CUSTOM, at(BERLIN, "2026-01-15T09:20"), 30, true));  // completed: counts

        DayTotals day = splitter.totals().get(day("2026-01-15"));
        assertThat(day.sessionsStarted()).isEqualTo(2);
        assertThat(day.sessionsCompleted()).isEqualTo(1);
        assertThat(day.focusSeconds()).as("the seconds still count as focus").isEqualTo(59 + 60 + 30);
    }
}
