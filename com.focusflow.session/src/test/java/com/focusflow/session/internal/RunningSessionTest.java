package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.focusflow.api.session.SessionType;

class RunningSessionTest {

    static final long ANCHOR = 5_000_000_000L;
    final RunningSession session = new RunningSession("id", SessionType.FOCUS, Instant.parse("2026-01-05T09:30:00Z"), 25,
            false, null, Duration.ofSeconds(90).toNanos(), ANCHOR);

    @Test
    void elapsedIsTheSavedTimePlusMonotonicTimeSince() {
        assertThat(session.elapsedSeconds(ANCHOR)).isEqualTo(90);
        assertThat(session.elapsedSeconds(ANCHOR + Duration.ofMillis(10_999).toNanos())).isEqualTo(100);
    }

    @Test
    void aMonotonicClockGoingBackwardsNeverLowersTheElapsedTime() {
        assertThat(session.elapsedSeconds(ANCHOR - 1_000_000_000L)).isEqualTo(90);
    }

    @Test
    void remainingRoundsUpSoElapsedPlusRemainingIsThePlan() {
        long now = ANCHOR + Duration.ofMillis(400).toNanos();
        assertThat(session.snapshot(now).actualSeconds()).isEqualTo(90);
        assertThat(session.snapshot(now).remainingSeconds()).isEqualTo(1410);
        assertThat(session.timeUp(now)).isFalse();
    }

    @Test
    void timeIsUpExactlyAtThePlannedLength() {
        long end = ANCHOR + Duration.ofSeconds(1410).toNanos();
        assertThat(session.timeUp(end - 1)).isFalse();
        assertThat(session.timeUp(end)).isTrue();
        assertThat(session.snapshot(end + 1_000_000_000L).actualSeconds()).isEqualTo(1500);
        assertThat(session.snapshot(end + 1_000_000_000L).remainingSeconds()).isZero();
    }

    @Test
    void theEndTimeIsStartPlusElapsed() {
        assertThat(session.ended(600, false).endTime()).isEqualTo(Instant.parse("2026-01-05T09:40:00Z"));
        assertThat(session.ended(600, false).remainingSeconds()).isNull();
    }
}
