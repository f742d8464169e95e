package com.focusflow.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Keeps requests the Web Console's own pages were never written for away from them: they failed with a
 * 500 and a stack trace in the log (OPTIONS on the Bundles, Components and Services pages; a POST to the
 * Components page without a component). OPTIONS is answered here with the methods the pages use, and a
 * POST to the Components page must name a component. Any other method (TRACE echoed the request back,
 * WebDAV methods got a bare 501) is 405 with the same list.
 */
@Component(service = Preprocessor.class)
@ServiceRanking(ConsoleGuard.RANKING)
public final class ConsoleGuard implements Preprocessor {

    static final int RANKING = 500;
    static final String ALLOWED = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    private static final String COMPONENTS = "/components";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (RequestPaths.isConsole(http)) {
            HttpServletResponse out = (HttpServletResponse) response;
            String method = http.getMethod();
            if (method.equals("OPTIONS")) {
                out.setStatus(HttpServletResponse.SC_NO_CONTENT);
                out.setHeader("Allow", ALLOWED);
                return;
            }
            String page = RequestPaths.below(http, RequestPaths.CONSOLE_ROOT);
            // without credentials the console's own 401 comes first, as for every page
            boolean credentials = http.getHeader("Authorization") != null;
            if (credentials && !PAGE_METHODS.contains(method)) {
                out.setHeader("Allow", ALLOWED);
                refuse(out, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the Web Console's pages answer only " + ALLOWED);
                return;
            }
            if (credentials && method.equals("POST") && (page.equals(COMPONENTS) || page.equals(COMPONENTS + "/"))) {
                refuse(out, HttpServletResponse.SC_BAD_REQUEST,
                        "name the component: POST " + RequestPaths.CONSOLE_ROOT + COMPONENTS + "/<id or name>");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        out.setContentType("text/plain;charset=UTF-8");
        out.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
