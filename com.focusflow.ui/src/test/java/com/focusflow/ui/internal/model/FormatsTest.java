package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    @ParameterizedTest
    @CsvSource({ "0, 0:00", "5, 0:05", "65, 1:05", "1500, 25:00", "3599, 59:59", "3600, 1:00:00", "5400, 1:30:00",
            "43200, 12:00:00", "-5, 0:00" })
    void countdown(long seconds, String expected) {
        assertThat(Formats.countdown(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "0, 0 min", "59, 0 min", "2700, 45 min", "7200, 2 h", "5400, 1 h 30 min", "5459, 1 h 30 min" })
    void duration(long seconds, String expected) {
        assertThat(Formats.duration(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "52.5, +53", "30, +30", "-4, -4", "0, 0", "0.4, 0", "19.99, +20", "7.04, +7" })
    void pointsAreWholeNumbers(double points, String expected) {
        assertThat(Formats.points(points)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "0, 0 s", "21, 21 s", "59, 59 s", "60, 1 min", "1500, 25 min", "5400, 1 h 30 min" })
    void elapsedUsesTheUnitsOfDuration(long seconds, String expected) {
        assertThat(Formats.elapsed(seconds)).isEqualTo(expected);
    }
}
