package com.focusflow.itest;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

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
     * The service of {@code type} registered now, waiting for one if there is none: an update of its bundle
     * replaces it, so tests that update bundles look it up again instead of keeping an injected one.
     */
    static <T> T service(BundleContext context, Class<T> type, Duration timeout) throws Exception {
        return until(timeout, type.getSimpleName(), () -> {
            ServiceReference<T> ref = context.getServiceReference(type);
            return ref == null ? null : context.getService(ref);
        });
    }
}
