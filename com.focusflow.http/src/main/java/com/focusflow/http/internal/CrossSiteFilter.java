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
import org.osgi.service.servlet.whiteboard.Preprocessor;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiResource;

/**
 * Guards every page outside the API (the Web Console above all: its Bundles page installs code, its
 * Configuration page changes settings) against cross-site request forgery. A whiteboard preprocessor runs
 * before any servlet context, so it also covers console plugins FocusFlow does not own. The API keeps its
 * own, stricter check with JSON errors in the dispatcher.
 */
@Component(service = Preprocessor.class)
public class CrossSiteFilter implements Preprocessor {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!isApi(http.getRequestURI())) {
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

    private static boolean isApi(String path) {
        return path.equals(ApiResource.BASE_PATH) || path.startsWith(ApiResource.BASE_PATH + "/");
    }
}
