package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String CLIENT = "192.0.2.1";
    private static final String OTHER = "192.0.2.2";

    // starts far from zero so that a wrong subtraction cannot pass by accident
    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), nanos::get);

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address);
        }
    }

    @Test
    void blocksAfterMaxFailuresWithinTheWindow() {
        fail(CLIENT, 2);
        assertThat(throttle.isBlocked(CLIENT)).isFalse();

        advance(Duration.ofSeconds(30));
        throttle.failed(CLIENT);

        assertThat(throttle.isBlocked(CLIENT)).isTrue();
    }

    @Test
    void blocksOnlyTheFailingAddress() {
        fail(CLIENT, 3);

        assertThat(throttle.isBlocked(OTHER)).isFalse();
        assertThat(throttle.retryAfterSeconds(OTHER)).isZero();
    }

    @Test
    void unblocksOnceTheWindowHasPassedSinceTheFirstFailure() {
        fail(CLIENT, 3);

        advance(Duration.ofSeconds(60).minusNanos(1));
        assertThat(throttle.isBlocked(CLIENT)).isTrue();

        advance(Duration.ofNanos(1));
        assertThat(throttle.isBlocked(CLIENT)).isFalse();
        assertThat(throttle.retryAfterSeconds(CLIENT)).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanAWindowDoNotBlock() {
        fail(CLIENT, 2);
        advance(Duration.ofSeconds(61));
        fail(CLIENT, 2);

        assertThat(throttle.isBlocked(CLIENT)).isFalse();
        throttle.failed(CLIENT);
        assertThat(throttle.isBlocked(CLIENT)).isTrue();
    }

    @Test
    void successClearsTheFailures() {
        fail(CLIENT, 2);
        throttle.succeeded(CLIENT);
        fail(CLIENT, 2);

        assertThat(throttle.isBlocked(CLIENT)).isFalse();
    }

    @Test
    void retryAfterIsZeroWhileNotBlocked() {
        fail(CLIENT, 2);

        assertThat(throttle.retryAfterSeconds(CLIENT)).isZero();
    }

    @Test
    void retryAfterCountsDownTheRestOfTheWindowInWholeSecondsRoundedUp() {
        fail(CLIENT, 3);

        advance(Duration.ofMillis(20_500));
        assertThat(throttle.retryAfterSeconds(CLIENT)).isEqualTo(40);

        advance(Duration.ofMillis(39_400));
        assertThat(throttle.retryAfterSeconds(CLIENT)).isEqualTo(1);
    }
}
