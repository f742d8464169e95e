package com.focusflow.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.servlet.whiteboard.Preprocessor;

/**
 * Stops DNS rebinding: a page from {@code evil.example} whose name is made to resolve to 127.0.0.1 reaches
 * this server with {@code Host: evil.example}, and to the browser it is same-origin with that page. Only
 * the loopback address or {@code localhost} with the port the request came in on are accepted (421
 * otherwise), before authentication and for every path the HTTP runtime serves. The authority the
 * container derived (from an absolute request target, else the Host header, else the local address) must
 * be ours too, so an HTTP/1.0 request without Host but with {@code http://evil.example/...} as its target is
 * refused as well; a plain HTTP/1.0 request without either passes (no browser sends that).
 */
@Component(service = Preprocessor.class)
@ServiceRanking(HostGuard.RANKING)
public final class HostGuard implements Preprocessor {

    /** Runs after the security headers are set, before everything else. */
    static final int RANKING = 2000;
    static final int MISDIRECTED = 421;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        int port = http.getLocalPort();
        String host = http.getHeader("Host");
        // The authority Jetty took from an absolute request target counts too: it is the one servlets see.
        if ((host != null && !isLoopback(host, port)) || !isLoopback(http.getServerName(), http.getServerPort(), port)) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(MISDIRECTED);
            out.setContentType("text/plain;charset=UTF-8");
            out.getOutputStream().write(("Misdirected request: this server answers only to 127.0.0.1:" + port
                    + " or localhost:" + port + " (protection against DNS rebinding)\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a {@code Host} header value names this server: a loopback name and {@code port}. */
    static boolean isLoopback(String hostHeader, int port) {
        String value = hostHeader.strip();
        int colon = value.lastIndexOf(':');
        if (colon < 0 || value.endsWith("]")) {
            return isLoopback(value, 80, port);
        }
        String digits = value.substring(colon + 1);
        // plain digits as browsers send them: Integer.parseInt would also take "+8089" and "08089"
        return digits.matches("[1-9][0-9]{0,4}") && isLoopback(value.substring(0, colon), Integer.parseInt(digits), port);
    }

    private static boolean isLoopback(String name, int namedPort, int port) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean bracketless = lower.equals("::1") || lower.equals("0:0:0:0:0:0:0:1");
        return (LOOPBACK_NAMES.contains(lower) || bracketless) && namedPort == port;
    }
}
