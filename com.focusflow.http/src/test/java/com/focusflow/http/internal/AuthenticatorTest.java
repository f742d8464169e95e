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
import java.util.Optional;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class AuthenticatorTest {

    private static final String PASSWORD = "correct horse";
    private static final String CLIENT = "198.51.100.7";
    private static final int MAX_FAILURES = 3;

    @TempDir
    Path home;

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(MAX_FAILURES, Duration.ofMinutes(1), nanos::get);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private CredentialStore store;
    private Authenticator authenticator;

    @BeforeEach
    void setUp() throws IOException {
        store = new CredentialStore(home, Map.of(CredentialStore.PASSWORD_ENV, PASSWORD),
                new PrintStream(OutputStream.nullOutputStream()));
        authenticator = new Authenticator(store, throttle, new DeviceCookies(new SecureRandom()));
    }

    private Optional<String> login(HttpServletRequest request) {
        return authenticator.authenticate(request, response);
    }

    private static HttpServletRequest request(String user, String password) {
        return request(CLIENT, user, password, null);
    }

    private static HttpServletRequest request(String address, String user, String password, String deviceCookie) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn(address);
        if (deviceCookie != null) {
            when(request.getCookies()).thenReturn(new Cookie[] { new Cookie(DeviceCookies.NAME, deviceCookie) });
        }
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            when(request.getHeader("Authorization")).thenReturn("Basic " + token);
        }
        return request;
    }

    private void failTimes(int n) {
        for (int i = 0; i < n; i++) {
            login(request("admin", "wrong"));
        }
    }

    @Test
    void rightCredentialsGiveTheUser() {
        assertThat(login(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void wrongPasswordGivesNothingAndCountsAsFailure() {
        assertThat(login(request("admin", "wrong"))).isEmpty();
        assertThat(login(request("root", PASSWORD))).isEmpty();

        failTimes(MAX_FAILURES - 2);
        assertThat(throttle.isBlocked(CLIENT)).isTrue();
    }

    @Test
    void requestWithoutCredentialsGivesNothingAndIsNotCounted() {
        for (int i = 0; i < MAX_FAILURES + 2; i++) {
            assertThat(login(request(null, null))).isEmpty();
        }
        assertThat(throttle.isBlocked(CLIENT)).isFalse();
        assertThat(login(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void throttledAddressIsRefusedEvenWithTheRightCredentials() {
        failTimes(MAX_FAILURES);

        assertThat(login(request("admin", PASSWORD))).isEmpty();

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(login(request("admin", PASSWORD))).contains("admin");
    }

    @Test
    void successClearsEarlierFailures() {
        failTimes(MAX_FAILURES - 1);
        login(request("admin", PASSWORD));
        failTimes(MAX_FAILURES - 1);

        assertThat(login(request("admin", PASSWORD))).contains("admin");
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
    void refusalMessageNamesNoPathBeforeAuthentication() {
        HttpServletResponse unauthorized = mock(HttpServletResponse.class);
        when(unauthorized.getStatus()).thenReturn(401);
        assertThat(authenticator.refusalMessage(unauthorized)).contains(CredentialStore.FILE_NAME)
                .doesNotContain(home.toString()).doesNotContain("/");

        HttpServletResponse throttled = mock(HttpServletResponse.class);
        when(throttled.getStatus()).thenReturn(429);
        when(throttled.getHeader("Retry-After")).thenReturn("12");
        assertThat(authenticator.refusalMessage(throttled)).contains("12 s").doesNotContain(home.toString());
    }

    @Test
    void everyLoopbackAddressCountsAsOneClient() {
        for (int i = 1; i <= MAX_FAILURES; i++) {
            login(request("127.10.0." + i, "admin", "wrong", null));
        }
        assertThat(login(request("127.0.0.1", "admin", PASSWORD, null))).as("127.0.0.1 after 127.10.0.x failed").isEmpty();
        assertThat(login(request("0:0:0:0:0:0:0:1", "admin", PASSWORD, null))).as("::1").isEmpty();
        assertThat(login(request(CLIENT, "admin", PASSWORD, null))).as("another machine").contains("admin");
    }

    @Test
    void aClientWithADeviceCookieFromAnEarlierLoginIsNotLockedOutByGuessesFromOthers() {
        HttpServletResponse first = mock(HttpServletResponse.class);
        assertThat(authenticator.authenticate(request("127.0.0.1", "admin", PASSWORD, null), first)).contains("admin");
        ArgumentCaptor<String> setCookie = ArgumentCaptor.forClass(String.class);
        verify(first).addHeader(eq("Set-Cookie"), setCookie.capture());
        assertThat(setCookie.getValue()).startsWith(DeviceCookies.NAME + "=").contains("HttpOnly").contains("SameSite=Strict");
        String device = setCookie.getValue().substring(DeviceCookies.NAME.length() + 1, setCookie.getValue().indexOf(';'));

        failTimes("127.0.0.2", MAX_FAILURES + 5);

        assertThat(login(request("127.0.0.1", "admin", PASSWORD, null))).as("loopback without the cookie").isEmpty();
        assertThat(login(request("127.0.0.1", "admin", PASSWORD, device))).as("the user's browser").contains("admin");
        assertThat(login(request("127.0.0.1", "admin", PASSWORD, "forged-" + device))).as("a made-up cookie").isEmpty();
    }

    @Test
    void wrongPasswordsWithADeviceCookieLockOutThatDeviceOnly() {
        HttpServletResponse first = mock(HttpServletResponse.class);
        authenticator.authenticate(request("127.0.0.1", "admin", PASSWORD, null), first);
        ArgumentCaptor<String> setCookie = ArgumentCaptor.forClass(String.class);
        verify(first).addHeader(eq("Set-Cookie"), setCookie.capture());
        String device = setCookie.getValue().substring(DeviceCookies.NAME.length() + 1, setCookie.getValue().indexOf(';'));

        for (int i = 0; i < MAX_FAILURES; i++) {
            login(request("127.0.0.1", "admin", "wrong", device));
        }

        assertThat(login(request("127.0.0.1", "admin", PASSWORD, device))).isEmpty();
        assertThat(login(request("127.0.0.1", "admin", PASSWORD, null))).contains("admin");
    }

    @Test
    void theBrowsersCookieStaysValidHoweverManyCookiesScriptsWithoutACookieJarCollect() {
        HttpServletResponse first = mock(HttpServletResponse.class);
        authenticator.authenticate(request("127.0.0.1", "admin", PASSWORD, null), first);
        ArgumentCaptor<String> setCookie = ArgumentCaptor.forClass(String.class);
        verify(first).addHeader(eq("Set-Cookie"), setCookie.capture());
        String browser = setCookie.getValue().substring(DeviceCookies.NAME.length() + 1, setCookie.getValue().indexOf(';'));

        for (int i = 0; i < 1000; i++) { // e.g. a health poll with curl, one new cookie per answer
            login(request("127.0.0.1", "admin", PASSWORD, null));
        }
        failTimes("127.0.0.2", MAX_FAILURES);

        assertThat(login(request("127.0.0.1", "admin", PASSWORD, browser))).contains("admin");
        String tampered = browser.substring(0, browser.indexOf('.')) + ".AAAA" + browser.substring(browser.indexOf('.') + 5);
        assertThat(login(request("127.0.0.1", "admin", PASSWORD, tampered))).as("a cookie with a forged signature").isEmpty();
    }

    @Test
    void guessesDuringALockOutDoNotProlongIt() {
        failTimes("127.0.0.2", MAX_FAILURES);
        for (int second = 0; second < 59; second++) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            failTimes("127.0.0." + (3 + second % 200), 5);
        }
        assertThat(login(request("127.0.0.1", "admin", PASSWORD, null))).as("still inside the first minute").isEmpty();

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(login(request("127.0.0.1", "admin", PASSWORD, null))).as("one minute after the first wrong password")
                .contains("admin");
    }

    private void failTimes(String address, int n) {
        for (int i = 0; i < n; i++) {
            login(request(address, "admin", "wrong", null));
        }
    }
}
