package com.focusflow.support.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The wall clock a component stamps and plans with: the system's UTC clock, unless a {@link Clock} service
 * (e.g. {@code focusflow.clock=wall}) is bound, which integration tests move instead of waiting. The component
 * passes its dynamic reference's bind and unbind on to {@link #use} and {@link #release}.
 */
public final class WallClock extends Clock {

    private volatile Clock clock = Clock.systemUTC();

    /** Reads the time from {@code provided} from now on. */
    public void use(Clock provided) {
        clock = provided;
    }

    /** Goes back to the system clock if {@code provided} is the one in use (a replacement may be bound already). */
    public void release(Clock provided) {
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
