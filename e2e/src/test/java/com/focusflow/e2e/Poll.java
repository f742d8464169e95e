package com.focusflow.e2e;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls until a value is there or a deadline passes; never a fixed sleep as a wait. */
final class Poll {
    private Poll() {
    }

    static <T> T until(Duration deadline, String what, Callable<T> probe) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        Exception last = null;
        while (System.nanoTime() < end) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(100); // poll interval, not a wait for an outcome
        }
        throw new AssertionError("waited " + deadline.toSeconds() + " s for " + what
                + (last == null ? "" : "; last error: " + last), last);
    }
}
