package com.focusflow.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for a condition with a deadline instead of sleeping a fixed time; an {@link Error} ends it at once.
 * (The OSGi integration tests keep their own copy: their test bundle cannot see this plain jar.)
 */
public final class Poll {

    private Poll() {
    }

    /** Calls {@code probe} every 50 ms until it returns non-null; fails naming {@code what} after {@code timeout}. */
    public static <T> T until(Duration timeout, String what, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(50);
        }
        AssertionError failure = new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
        if (last != null) {
            failure.initCause(last);
        }
        throw failure;
    }
}
