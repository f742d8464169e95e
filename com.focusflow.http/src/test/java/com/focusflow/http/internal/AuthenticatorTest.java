package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorTest {

    private static final String PASSWORD = "correct horse";
    private static final String CLIENT = "198.51.100.7";
    private static final int MAX_FAILURES = 3;

    @TempDir
    Path home;

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(MAX_FAILURES, Duration.ofMinutes(1), nanos::get);
    private CredentialStore store;
    private Authenticator authenticator;

    @BeforeEach
    void setUp() throws IOException {
        store = new CredentialStore(home, Map.of(CredentialStore.PASSWORD_ENV, PASSWORD),
                new PrintStream(OutputStream.nullOutputStream()));
        authenticator = new Authenticator(store, throttle);
    }

    private static HttpServletRequest request(String user, String password) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn(CLIENT);
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            when(request.getHeader("Authorization")).thenReturn("Basic " + token);
        }
        return request;
    }

    private void failTimes(int n) {
        for (int i = 0; i < n; i++) {
            authenticator.authenticate(request("admin", "wrong"));
        }
    }

    @Test
    void rightCredentialsGiveTheUser() {
        assertThat(authenticator.authenticate(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void wrongPasswordGivesNothingAndCountsAsFailure() {
        assertThat(authenticator.authenticate(request("admin", "wrong"))).isEmpty();
        assertThat(authenticator.authenticate(request("root", PASSWORD))).isEmpty();

        failTimes(MAX_FAILURES - 2);
        assertThat(throttle.isBlocked(CLIENT)).isTrue();
    }

    @Test
    void requestWithoutCredentialsGivesNothingAndIsNotCounted() {
        for (int i = 0; i < MAX_FAILURES + 2; i++) {
            assertThat(authenticator.authenticate(request(null, null))).isEmpty();
        }
        assertThat(throttle.isBlocked(CLIENT)).isFalse();
        assertThat(authenticator.authenticate(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void throttledAddressIsRefusedEvenWithTheRightCredentials() {
        failTimes(MAX_FAILURES);

        assertThat(authenticator.authenticate(request("admin", PASSWORD))).isEmpty();

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(authenticator.authenticate(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void successClearsEarlierFailures() {
        failTimes(MAX_FAILURES - 1);
        authenticator.authenticate(request("admin", PASSWORD));
        failTimes(MAX_FAILURES - 1);

        assertThat(authenticator.authenticate(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void challengeAsksForBasicCredentials() {
        HttpServletResponse response = mock(HttpServletResponse.class);

        authenticator.challenge(request(null, null), response);

        verify(response).setStatus(401);
        verify(response).setHeader("WWW-Authenticate", "Basic realm=\"FocusFlow\", charset=\"UTF-8\"");
        verify(response, never()).setHeader(eq("Retry-After"), anyString());
    }

    @Test
    void challengeOfAThrottledAddressIsTooManyRequestsWithRetryAfter() {
        failTimes(MAX_FAILURES);
        nanos.addAndGet(Duration.ofMillis(15_500).toNanos());
        HttpServletResponse response = mock(HttpServletResponse.class);

        authenticator.challenge(request("admin", PASSWORD), response);

        verify(response).setStatus(429);
        verify(response).setHeader("Retry-After", "45");
        verify(response, never()).setStatus(401);
    }

    @Test
    void refusalMessageNamesTheCredentialsFileOrTheWait() {
        HttpServletResponse unauthorized = mock(HttpServletResponse.class);
        when(unauthorized.getStatus()).thenReturn(401);
        assertThat(authenticator.refusalMessage(unauthorized)).contains(store.file().toString());

        HttpServletResponse throttled = mock(HttpServletResponse.class);
        when(throttled.getStatus()).thenReturn(429);
        when(throttled.getHeader("Retry-After")).thenReturn("12");
        assertThat(authenticator.refusalMessage(throttled)).contains("12 s").doesNotContain(store.file().toString());
    }
}
