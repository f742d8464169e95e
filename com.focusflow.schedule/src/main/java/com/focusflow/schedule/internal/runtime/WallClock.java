package com.focusflow.schedule.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The wall clock windows are planned by: the system's, unless a {@link Clock} service with
 * {@code focusflow.clock=wall} is provided (integration tests move it to a window's end instead of waiting).
 */
final class WallClock extends Clock {

    private volatile Clock clock = Clock.systemUTC();

    void use(Clock provided) {
        clock = provided;
    }

    void release(Clock provided) {
        if (clock == provided) {
            clock = Clock.systemUTC();
        }
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the wall clock is always UTC");
    }
}
