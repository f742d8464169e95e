package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class CrossSiteFilterTest {

    private final FilterChain chain = mock(FilterChain.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    CrossSiteFilterTest() throws Exception {
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        });
    }

    private static HttpServletRequest request(String method, String path, String origin) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn(path);
        when(request.getServerName()).thenReturn("127.0.0.1");
        when(request.getServerPort()).thenReturn(8089);
        when(request.getHeader("Origin")).thenReturn(origin);
        when(request.getContentType()).thenReturn("application/x-www-form-urlencoded");
        return request;
    }

    @Test
    void aForeignFormPostToTheConsoleIsRefusedAndGoesNoFurther() throws Exception {
        HttpServletRequest forged = request("POST", "/system/console/bundles", "https://evil.example");

        new CrossSiteFilter().doFilter(forged, response, chain);

        verify(response).setStatus(403);
        verify(chain, never()).doFilter(forged, response);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("cross-site").contains("https://evil.example");
    }

    @Test
    void theConsolesOwnFormPostsPass() throws Exception {
        HttpServletRequest own = request("POST", "/system/console/configMgr/x", "http://127.0.0.1:8089");

        new CrossSiteFilter().doFilter(own, response, chain);

        verify(chain).doFilter(own, response);
        verify(response, never()).setStatus(403);
    }

    @Test
    void aForeignPageMayStillLinkToTheConsole() throws Exception {
        HttpServletRequest get = request("GET", "/system/console/bundles", "https://evil.example");

        new CrossSiteFilter().doFilter(get, response, chain);

        verify(chain).doFilter(get, response);
    }

    @Test
    void theApiIsLeftToTheDispatchersStricterCheck() throws Exception {
        HttpServletRequest api = request("POST", "/focusflow/api/v1/sessions", "https://evil.example");

        new CrossSiteFilter().doFilter(api, response, chain);

        verify(chain).doFilter(api, response);
    }

    @Test
    void aPathThatOnlyLooksLikeTheApiIsGuarded() throws Exception {
        HttpServletRequest lookalike = request("POST", "/focusflow/api/v1x", "https://evil.example");

        new CrossSiteFilter().doFilter(lookalike, response, chain);

        verify(response).setStatus(403);
    }

    @Test
    void dotSegmentsThroughTheApiPathCannotSkipTheConsolesCheck() throws Exception {
        HttpServletRequest dotted = request("POST", "/focusflow/api/v1/../../../system/console/configMgr/x",
                "https://evil.example");
        when(dotted.getServletPath()).thenReturn("");
        when(dotted.getPathInfo()).thenReturn("/system/console/configMgr/x"); // where the container routes it

        new CrossSiteFilter().doFilter(dotted, response, chain);

        verify(response).setStatus(403);
        verify(chain, never()).doFilter(dotted, response);
    }
}
