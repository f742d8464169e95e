package com.focusflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {
    private static final Instant T = Instant.parse("2026-03-29T10:10:00Z");
    private final AttemptWindow window = new AttemptWindow();

    @Test
    void twoLaunchesAtOnceAreOneAttemptAndTheNextMinuteCountsAgain() {
        assertThat(window.counts("ffvictim", T)).isTrue();
        assertThat(window.counts("ffvictim", T)).as("the second of two simultaneous launches").isFalse();
        assertThat(window.counts("FFVictim", T.plusSeconds(59))).as("case does not make another app").isFalse();
        assertThat(window.counts("ffvictim", T.plusSeconds(60))).isTrue();
        assertThat(window.counts("ffvictim", T.plusSeconds(90))).isFalse();
    }

    @Test
    void eachAppHasItsOwnMinute() {
        assertThat(window.counts("discord", T)).isTrue();
        assertThat(window.counts("steam", T.plusSeconds(1))).isTrue();
        assertThat(window.counts("discord", T.plusSeconds(2))).isFalse();
    }
}
