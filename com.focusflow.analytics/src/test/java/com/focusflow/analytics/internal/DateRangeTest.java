package com.focusflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

/** A date at the edge of LocalDate (e.g. /stats/weekly?end=-999999999-01-01) is bad input, not a crash. */
class DateRangeTest {

    @Test
    void datesOutsideTheSupportedDaysAreInvalidInput() {
        for (LocalDate date : new LocalDate[] { LocalDate.MIN, LocalDate.MAX, LocalDate.of(1969, 12, 31), LocalDate.of(10000, 1, 1) }) {
            assertThatThrownBy(() -> AnalyticsManager.checked(date)).isInstanceOfSatisfying(FocusFlowException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                assertThat(e.getMessage()).contains("1970-01-01").contains("9999-12-31").contains(date.toString());
            });
        }
        assertThat(AnalyticsManager.checked(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(AnalyticsManager.checked(null)).isNull();
    }
}
