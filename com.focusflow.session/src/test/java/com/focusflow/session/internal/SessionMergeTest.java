package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.session.internal.SessionMerge.Outcome;

class SessionMergeTest {

    static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    static Session ended(long actual, boolean completed) {
        return new Session(ID, SessionType.FOCUS, START, START.plusSeconds(actual), 25, actual, null, completed, false, null);
    }

    static Session running(long actual) {
        return new Session(ID, SessionType.FOCUS, START, null, 25, actual, 1500 - actual, false, false, null);
    }

    @Test
    void anUnknownEndedSessionIsAddedAndAnIdenticalOneIsKept() {
        assertThat(SessionMerge.decide(null, ended(900, false))).isEqualTo(Outcome.ADD);
        assertThat(SessionMerge.decide(ended(900, false), ended(900, false))).isEqualTo(Outcome.KEEP);
    }

    @Test
    void runningSessionsAreNeverWrittenAndARunningLocalRowIsNeverReplaced() {
        assertThat(SessionMerge.decide(null, running(300))).as("running elsewhere: comes once ended").isEqualTo(Outcome.KEEP);
        assertThat(SessionMerge.decide(ended(1500, true), running(300))).as("ended beats running").isEqualTo(Outcome.KEEP);
        assertThat(SessionMerge.decide(running(300), ended(1500, true))).as("the running session here is untouched")
                .isEqualTo(Outcome.KEEP);
    }

    @Test
    void completedBeatsEndedEarlyThenMoreElapsedTimeWins() {
        assertThat(SessionMerge.decide(ended(900, false), ended(1500, true))).isEqualTo(Outcome.UPDATE);
        assertThat(SessionMerge.decide(ended(1500, true), ended(900, false))).isEqualTo(Outcome.KEEP);
        assertThat(SessionMerge.decide(ended(600, false), ended(900, false))).isEqualTo(Outcome.UPDATE);
        assertThat(SessionMerge.decide(ended(900, false), ended(600, false))).isEqualTo(Outcome.KEEP);
    }

    @Test
    void anyTwoDifferentEndedVersionsHaveExactlyOneWinnerSoTwoMachinesAgree() {
        Session base = ended(900, false);
        List<Session> versions = List.of(base, ended(1500, true), ended(600, false),
                new Session(ID, SessionType.FOCUS, START, START.plusSeconds(901), 25, 900, null, false, false, null),
                new Session(ID, SessionType.CUSTOM, START, base.endTime(), 25, 900, null, false, false, null),
                new Session(ID, SessionType.FOCUS, START, base.endTime(), 25, 900, null, false, true, null),
                new Session(ID, SessionType.FOCUS, START, base.endTime(), 25, 900, null, false, false, "deep work"),
                new Session(ID, SessionType.FOCUS, START, base.endTime(), 30, 900, null, false, false, null));
        for (Session a : versions) {
            for (Session b : versions) {
                Outcome ab = SessionMerge.decide(a, b);
                Outcome ba = SessionMerge.decide(b, a);
                if (a == b) {
                    assertThat(ab).isEqualTo(Outcome.KEEP);
                } else {
                    assertThat(List.of(ab, ba)).as("%s vs %s", a, b).containsExactlyInAnyOrder(Outcome.UPDATE, Outcome.KEEP);
                }
            }
        }
    }

    @Test
    void theTallyCountsAndSpansBothVersionsOfAnUpdate() {
        MergeTally tally = new MergeTally();
        Session earlier = new Session(ID, SessionType.FOCUS, START.minusSeconds(86_400), START.minusSeconds(85_000), 25,
                1400, null, false, false, null);
        tally.count(earlier, ended(1500, true));
        tally.count(ended(900, false), ended(600, false));
        tally.count(null, running(10));

        assertThat(tally.report().updated()).isEqualTo(1);
        assertThat(tally.report().unchanged()).isEqualTo(2);
        assertThat(tally.changed()).isEqualTo(1);
        assertThat(tally.from()).isEqualTo(earlier.startTime());
        assertThat(tally.to()).isEqualTo(START.plusSeconds(1500));
    }
}
