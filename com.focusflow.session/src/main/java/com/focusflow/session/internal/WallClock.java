package com.focusflow.session.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The wall clock sessions are stamped with: the system's, unless a {@link Clock} service is provided (tests
 * move it to show that durations do not depend on it). Durations never come from here.
 */
final class WallClock implements Supplier<Instant> {

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
    public Instant get() {
        return clock.instant();
    }
}
