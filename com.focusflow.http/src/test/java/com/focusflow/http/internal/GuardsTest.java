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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preprocessors in front of everything the HTTP runtime serves: host check, headers, console guard. */
class GuardsTest {

    private static final int PORT = 8089;

    private final FilterChain chain = mock(FilterChain.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    GuardsTest() throws Exception {
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

    /** A request as the container hands it over: Host header, the server name Jetty derived, the routed path. */
    private static HttpServletRequest request(String method, String host, String routedPath) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getLocalPort()).thenReturn(PORT);
        when(request.getHeader("Host")).thenReturn(host);
        if (host != null) {
            int colon = host.lastIndexOf(':');
            boolean hasPort = colon > host.lastIndexOf(']') && host.substring(colon + 1).matches("[0-9]{1,5}");
            when(request.getServerName()).thenReturn(hasPort ? host.substring(0, colon) : host);
            when(request.getServerPort()).thenReturn(hasPort ? Integer.parseInt(host.substring(colon + 1)) : 80);
        } else {
            // no Host (HTTP/1.0): the container names the local address the connection came in on
            when(request.getServerName()).thenReturn("127.0.0.1");
            when(request.getServerPort()).thenReturn(PORT);
        }
        when(request.getRequestURI()).thenReturn(routedPath);
        when(request.getServletPath()).thenReturn("");
        when(request.getPathInfo()).thenReturn(routedPath);
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1:8089", "localhost:8089", "LOCALHOST:8089", "[::1]:8089" })
    void theLoopbackNamesWithOurPortPass(String host) throws Exception {
        HttpServletRequest ok = request("PUT", host, "/focusflow/api/v1/blocking");

        new HostGuard().doFilter(ok, response, chain);

        verify(chain).doFilter(ok, response);
    }

    @ParameterizedTest
    @ValueSource(strings = { "evil.example:8089", "evil.example", "127.0.0.1:9999", "127.0.0.1", "localhost",
            "localhost.:8089", "127.0.0.2:8089", "localhost.evil.example:8089", "127.0.0.1.nip.io:8089", "0.0.0.0:8089",
            "127.0.0.1:8089@evil.example", "127.0.0.1:08089x", "127.0.0.1:+8089", "127.0.0.1:08089", "127.1:8089",
            "2130706433:8089", "[::ffff:127.0.0.1]:8089", "" })
    void everyOtherHostIsMisdirectedBeforeAnythingElseRuns(String host) throws Exception {
        for (String path : new String[] { "/focusflow/api/v1/blocking", "/system/console/bundles", "/" }) {
            HttpServletRequest rebound = request("PUT", host, path);

            new HostGuard().doFilter(rebound, response, chain);

            verify(chain, never()).doFilter(rebound, response);
        }
        verify(response, org.mockito.Mockito.times(3)).setStatus(421);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("DNS rebinding").contains("127.0.0.1:" + PORT);
    }

    @Test
    void anAbsoluteRequestTargetNamingAnotherHostIsMisdirectedToo() throws Exception {
        HttpServletRequest absolute = request("GET", "127.0.0.1:8089", "/system/console");
        when(absolute.getServerName()).thenReturn("evil.example");

        new HostGuard().doFilter(absolute, response, chain);

        verify(response).setStatus(421);
    }

    @Test
    void anHttp10RequestWithoutHostButWithAForeignAbsoluteTargetIsMisdirected() throws Exception {
        HttpServletRequest absolute = request("GET", null, "/focusflow/api/v1/health");
        when(absolute.getServerName()).thenReturn("evil.example");
        when(absolute.getServerPort()).thenReturn(PORT);

        new HostGuard().doFilter(absolute, response, chain);

        verify(response).setStatus(421);
        verify(chain, never()).doFilter(absolute, response);
    }

    @Test
    void aRequestWithoutHostHeaderCannotComeFromABrowserAndPasses() throws Exception {
        HttpServletRequest http10 = request("GET", null, "/focusflow/api/v1/health");

        new HostGuard().doFilter(http10, response, chain);

        verify(chain).doFilter(http10, response);
    }

    @Test
    void everyAnswerForbidsFramingAndReferrers() throws Exception {
        HttpServletRequest any = request("GET", "127.0.0.1:8089", "/system/console/bundles");

        new SecurityHeaders().doFilter(any, response, chain);

        verify(response).setHeader("X-Frame-Options", "DENY");
        verify(response).setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        verify(response).setHeader("Referrer-Policy", "no-referrer");
        verify(chain).doFilter(any, response);
    }

    @Test
    void theHeadersAreSetBeforeTheHostCheckSoRefusalsCarryThemToo() {
        assertThat(SecurityHeaders.RANKING).isGreaterThan(HostGuard.RANKING);
        assertThat(HostGuard.RANKING).isGreaterThan(CrossSiteFilter.RANKING);
        assertThat(CrossSiteFilter.RANKING).isGreaterThan(ConsoleGuard.RANKING);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/system/console/bundles", "/system/console/components/1", "/system/console/services" })
    void optionsOnConsolePagesIsAnsweredHereWithTheAllowedMethods(String path) throws Exception {
        HttpServletRequest options = request("OPTIONS", "127.0.0.1:8089", path);

        new ConsoleGuard().doFilter(options, response, chain);

        verify(response).setStatus(204);
        verify(response).setHeader("Allow", ConsoleGuard.ALLOWED);
        verify(chain, never()).doFilter(options, response);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/system/console/components", "/system/console/components/" })
    void aPostToTheComponentsPageMustNameAComponent(String path) throws Exception {
        HttpServletRequest post = request("POST", "127.0.0.1:8089", path);
        when(post.getHeader("Authorization")).thenReturn("Basic YWRtaW46c2VjcmV0");

        new ConsoleGuard().doFilter(post, response, chain);

        verify(response).setStatus(400);
        verify(chain, never()).doFilter(post, response);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("/system/console/components/<id or name>");
    }

    @Test
    void withoutCredentialsThePostIsLeftToTheConsolesOwn401() throws Exception {
        HttpServletRequest anonymous = request("POST", "127.0.0.1:8089", "/system/console/components");

        new ConsoleGuard().doFilter(anonymous, response, chain);

        verify(chain).doFilter(anonymous, response);
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRACE", "PUT", "DELETE", "PATCH", "PROPFIND" })
    void methodsTheConsolesPagesDoNotAnswerAre405WithTheAllowedOnes(String method) throws Exception {
        HttpServletRequest other = request(method, "127.0.0.1:8089", "/system/console/bundles");
        when(other.getHeader("Authorization")).thenReturn("Basic YWRtaW46c2VjcmV0");

        new ConsoleGuard().doFilter(other, response, chain);

        verify(response).setStatus(405);
        verify(response).setHeader("Allow", ConsoleGuard.ALLOWED);
        verify(chain, never()).doFilter(other, response);
    }

    @Test
    void withoutCredentialsOtherMethodsAreLeftToTheConsolesOwn401() throws Exception {
        HttpServletRequest anonymous = request("TRACE", "127.0.0.1:8089", "/system/console/bundles");

        new ConsoleGuard().doFilter(anonymous, response, chain);

        verify(chain).doFilter(anonymous, response);
    }

    @Test
    void ordinaryConsoleRequestsAndTheApiPass() throws Exception {
        for (HttpServletRequest ok : new HttpServletRequest[] { request("POST", "127.0.0.1:8089", "/system/console/components/42"),
                request("GET", "127.0.0.1:8089", "/system/console/components"),
                request("OPTIONS", "127.0.0.1:8089", "/focusflow/api/v1/sessions") }) {
            new ConsoleGuard().doFilter(ok, response, chain);
            verify(chain).doFilter(ok, response);
        }
    }
}
