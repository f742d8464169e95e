package com.focusflow.http.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords from one address within the
 * window, that address is refused (even with the right password) until the window has passed.
 */
final class LoginThrottle {

    private record Failures(long firstNanos, int count) {
    }

    private final int maxFailures;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, LongSupplier nanoClock) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    boolean isBlocked(String address) {
        Failures f = current(address);
        return f != null && f.count() >= maxFailures;
    }

    void failed(String address) {
        long now = nanoClock.getAsLong();
        byAddress.compute(address, (a, f) -> f == null || expired(f, now) ? new Failures(now, 1)
                : new Failures(f.firstNanos(), f.count() + 1));
    }

    void succeeded(String address) {
        byAddress.remove(address);
    }

    /** Whole seconds until the address may try again; 0 if it is not blocked. */
    long retryAfterSeconds(String address) {
        Failures f = current(address);
        if (f == null || f.count() < maxFailures) {
            return 0;
        }
        long leftNanos = f.firstNanos() + windowNanos - nanoClock.getAsLong();
        long oneSecond = Duration.ofSeconds(1).toNanos();
        return Math.max(1, (leftNanos + oneSecond - 1) / oneSecond);
    }

    private Failures current(String address) {
        Failures f = byAddress.get(address);
        if (f != null && expired(f, nanoClock.getAsLong())) {
            byAddress.remove(address, f);
            return null;
        }
        return f;
    }

    private boolean expired(Failures f, long now) {
        return now - f.firstNanos() >= windowNanos;
    }
}
