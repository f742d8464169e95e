package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void dotSegmentsEscapesAndParametersAreResolvedLikeTheContainerRoutes() {
        assertThat(RequestPaths.canonical("/focusflow/api/v1/../../../system/console/configMgr/x"))
                .isEqualTo("/system/console/configMgr/x");
        assertThat(RequestPaths.canonical("/focusflow/api/v1/%2e%2e/%2E%2E/%2e%2e/system/console")).isEqualTo("/system/console");
        assertThat(RequestPaths.canonical("/focusflow/api/v1;x=1/..;/..;/system/./console/")).isEqualTo("/focusflow/system/console/");
        assertThat(RequestPaths.canonical("/../../etc")).isEqualTo("/etc");
        assertThat(RequestPaths.canonical("/a%20b/%C3%9F")).isEqualTo("/a b/ß");
        assertThat(RequestPaths.canonical("/bad%zzescape%")).isEqualTo("/bad%zzescape%");
    }

    @Test
    void aRequestIsTheApisOnlyWhenItsRoutedPathIs() {
        assertThat(RequestPaths.isApi(request("/focusflow/api/v1/sessions", "/focusflow/api/v1/sessions"))).isTrue();
        assertThat(RequestPaths.isApi(request("/focusflow/api/v1/../../../system/console/configMgr",
                "/system/console/configMgr"))).isFalse();
        assertThat(RequestPaths.isApi(request("/focusflow/api/v1/../../../system/console/configMgr", null))).isFalse();
        assertThat(RequestPaths.isConsole(request("/focusflow/api/v1/../../../system/console/configMgr", null))).isTrue();
        assertThat(RequestPaths.isApi(request("/focusflow/api/v1x", "/focusflow/api/v1x"))).isFalse();
    }

    private static HttpServletRequest request(String rawUri, String routed) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(rawUri);
        when(request.getServletPath()).thenReturn(routed == null ? null : "");
        when(request.getPathInfo()).thenReturn(routed);
        return request;
    }
}
