package com.focusflow.http.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.focusflow.api.FocusFlowException;

/**
 * Times and dates in query parameters stay within years 0000-9999 (ISO-8601's four-digit years): Java
 * parses times up to the year one billion, which overflow epoch milliseconds and every day count made from
 * them further down.
 */
final class QueryLimits {

    static final int MIN_YEAR = 0;
    static final int MAX_YEAR = 9999;
    static final Instant EARLIEST = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    /** Exclusive. */
    static final Instant END = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private QueryLimits() {
    }

    static FocusFlowException outOfRange(String name, String value) {
        return FocusFlowException.invalidInput("query parameter '%s' must be within the years %04d to %d, not '%s'",
                name, MIN_YEAR, MAX_YEAR, value);
    }
}
