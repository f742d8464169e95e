package com.focusflow.http.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.servlet.whiteboard.Preprocessor;

/**
 * Headers on every answer, console pages and API alike, set before anything else runs so that refusals
 * carry them too: no page of this server may be framed by another (clickjacking the console's buttons),
 * and no URL of it leaks to another site through the Referer header.
 */
@Component(service = Preprocessor.class)
@ServiceRanking(SecurityHeaders.RANKING)
public final class SecurityHeaders implements Preprocessor {

    static final int RANKING = 3000;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        http.setHeader("Referrer-Policy", "no-referrer");
        http.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
