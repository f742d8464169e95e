package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

class CrossSiteGuardTest {

    private static HttpServletRequest request(String method) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getServerName()).thenReturn("127.0.0.1");
        when(request.getServerPort()).thenReturn(8089);
        return request;
    }

    private static void assertRefused(HttpServletRequest request, String why) {
        assertThatThrownBy(() -> CrossSiteGuard.check(request))
                .isInstanceOfSatisfying(FocusFlowException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED))
                .hasMessageContaining(why);
    }

    private static void assertAllowed(HttpServletRequest request) {
        assertThatCode(() -> CrossSiteGuard.check(request)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safeMethodsAreAlwaysAllowed(String method) {
        HttpServletRequest request = request(method);
        when(request.getHeader("Origin")).thenReturn("https://evil.example");
        when(request.getHeader("Sec-Fetch-Site")).thenReturn("cross-site");
        when(request.getContentType()).thenReturn("application/x-www-form-urlencoded");

        assertAllowed(request);
    }

    @Test
    void scriptPostWithoutBrowserHeadersIsAllowed() {
        assertAllowed(request("POST"));
    }

    @Test
    void postWithJsonBodyIsAllowed() {
        HttpServletRequest request = request("POST");
        when(request.getContentType()).thenReturn("application/json; charset=UTF-8");

        assertAllowed(request);
    }

    @Test
    void postFromAForeignOriginIsRefused() {
        HttpServletRequest request = request("POST");
        when(request.getHeader("Origin")).thenReturn("https://evil.example");

        assertRefused(request, "https://evil.example");
    }

    @Test
    void postFromTheSameHostAndPortIsAllowed() {
        HttpServletRequest request = request("DELETE");
        when(request.getHeader("Origin")).thenReturn("http://127.0.0.1:8089");

        assertAllowed(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8090", "http://127.0.0.1", "http://localhost:8089", "null", "::not a uri"})
    void postFromAnotherPortHostOrAnOpaqueOriginIsRefused(String origin) {
        HttpServletRequest request = request("PUT");
        when(request.getHeader("Origin")).thenReturn(origin);

        assertRefused(request, "Origin");
    }

    @Test
    void defaultPortOfTheOriginSchemeIsUsedWhenOmitted() {
        HttpServletRequest request = request("POST");
        when(request.getServerPort()).thenReturn(443);
        when(request.getHeader("Origin")).thenReturn("https://127.0.0.1");

        assertAllowed(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void postThatTheBrowserMarksAsFromAnotherSiteIsRefused(String fetchSite) {
        HttpServletRequest request = request("POST");
        when(request.getHeader("Sec-Fetch-Site")).thenReturn(fetchSite);

        assertRefused(request, "Sec-Fetch-Site: " + fetchSite);
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-origin", "none"})
    void postThatTheBrowserMarksAsSameOriginOrUserInitiatedIsAllowed(String fetchSite) {
        HttpServletRequest request = request("POST");
        when(request.getHeader("Sec-Fetch-Site")).thenReturn(fetchSite);

        assertAllowed(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
            "text/plain;charset=UTF-8", "Text/Plain", " application/x-www-form-urlencoded ; charset=utf-8"})
    void postWithABodyTypeAFormCanSendIsRefused(String contentType) {
        HttpServletRequest request = request("POST");
        when(request.getContentType()).thenReturn(contentType);

        assertRefused(request, "send application/json");
    }
}
