package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecoveryTest {

    @Test
    void timeLeftResumesWithTheSavedElapsedTime() {
        assertThat(Recovery.decide(0, 25)).isEqualTo(new Recovery.Decision(true, 0, false));
        assertThat(Recovery.decide(1499, 25)).isEqualTo(new Recovery.Decision(true, 1499, false));
    }

    @Test
    void usedUpPlannedTimeClosesAsCompletedWithThePlannedTime() {
        assertThat(Recovery.decide(1500, 25)).isEqualTo(new Recovery.Decision(false, 1500, true));
        assertThat(Recovery.decide(9999, 25)).isEqualTo(new Recovery.Decision(false, 1500, true));
    }

    @Test
    void aNegativeSavedTimeCountsAsNone() {
        assertThat(Recovery.decide(-5, 1)).isEqualTo(new Recovery.Decision(true, 0, false));
    }
}
