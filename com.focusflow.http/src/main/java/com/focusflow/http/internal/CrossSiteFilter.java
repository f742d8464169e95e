package com.focusflow.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.service.servlet.whiteboard.Preprocessor;

import com.focusflow.api.FocusFlowException;

/**
 * Guards every page outside the API (the Web Console above all: its Bundles page installs code, its
 * Configuration page changes settings) against cross-site request forgery. A whiteboard preprocessor runs
 * before any servlet context, so it also covers console plugins FocusFlow does not own. The API keeps its
 * own, stricter check with JSON errors in the dispatcher; which requests are the API's is decided on the
 * path they are routed by ({@link RequestPaths}), so {@code ..} segments cannot skip this check.
 */
@Component(service = Preprocessor.class)
@ServiceRanking(CrossSiteFilter.RANKING)
public class CrossSiteFilter implements Preprocessor {

    /** After the host check, before the console guard. */
    static final int RANKING = 1000;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!RequestPaths.isApi(http)) {
            try {
                CrossSiteGuard.checkOrigin(http);
            } catch (FocusFlowException refused) {
                HttpServletResponse out = (HttpServletResponse) response;
                out.setStatus(HttpServletResponse.SC_FORBIDDEN);
                out.setContentType("text/plain;charset=UTF-8");
                out.getOutputStream().write((refused.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
