package com.focusflow.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.focusflow.testing.Tries;

class IsoInstantsTest {

    @Test
    void readsWhatInstantWritesExactlyAsInstantParseDoes() {
        Tries.check(20_000, gen -> Instant.ofEpochSecond(gen.between(0, Integer.MAX_VALUE) * (gen.bool() ? 1L : 2L),
                gen.oneOf(0, 1_000_000 * gen.between(0, 999), gen.between(0, 999_999_999))), instant -> {
                    String text = instant.toString();
                    assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z",
        "2026-01-01T10:00:60Z", "2026-01-01T10:00:00", "2026-01-01T10:00:00+01:00", "2026-01-01 10:00:00Z",
        "2026-01-01T10:00:00.Z", "2026-01-01T10:00:00.1234567890Z", "+2026-01-01T10:00:00Z", "2026-01-01T10:00:0xZ",
        "１２３４-01-01T10:00:00Z", "" })
    void leavesAnyOtherFormToTheStandardParser(String text) {
        assertThat(IsoInstants.parse(text)).isNull();
    }
}
