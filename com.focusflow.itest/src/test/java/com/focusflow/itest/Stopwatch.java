package com.focusflow.itest;

import java.util.concurrent.TimeUnit;

/**
 * The test's own monotonic clock. Started before a session starts or resumes and read after the session is
 * looked at, it bounds the seconds the session can have counted: assertions then follow from what the test
 * measured, never from a guess of how fast the machine is (no fixed wall-time window).
 */
final class Stopwatch {

    private final long startNanos = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    /** Whole seconds since {@link #start()}, rounded down as a session counts its seconds. */
    long seconds() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }
}
