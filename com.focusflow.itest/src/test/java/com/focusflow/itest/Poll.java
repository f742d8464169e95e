package com.focusflow.itest;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.osgi.test.common.service.ServiceAware;

/** Waits for a condition with a deadline instead of sleeping a fixed time. */
final class Poll {

    private Poll() {
    }

    /** Calls {@code probe} every 50 ms until it returns non-null; fails naming {@code what} after {@code timeout}. */
    static <T> T until(Duration timeout, String what, Callable<T> probe) throws Exception {
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

    /**
     * The service tracked now, waiting for one if there is none: an update of its bundle replaces it, and the
     * test's {@link ServiceAware} follows the replacement (tests that update bundles never keep one instance).
     */
    static <T> T current(ServiceAware<T> tracked, Duration timeout) throws InterruptedException {
        T service = tracked.waitForService(timeout.toMillis());
        if (service == null) {
            throw new AssertionError("no " + tracked + " within " + timeout.toMillis() + " ms");
        }
        return service;
    }
}
