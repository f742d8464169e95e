package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsLikeAPersonWouldSayIt() {
        assertThat(Durations.format(0)).isEqualTo("0 s");
        assertThat(Durations.format(45)).isEqualTo("45 s");
        assertThat(Durations.format(1500)).isEqualTo("25 min");
        assertThat(Durations.format(1190)).isEqualTo("19 min 50 s");
        assertThat(Durations.format(3600)).isEqualTo("1 h");
        assertThat(Durations.format(43_200 - 60)).isEqualTo("11 h 59 min");
        assertThat(Durations.format(-3)).isEqualTo("0 s");
    }
}
