package com.focusflow.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Guards the Web Console with FocusFlow's credentials. The framework property
 * {@code felix.webconsole.security.providers=focusflow} keeps the console closed until this is registered.
 */
@Component(property = SecurityProvider.PROPERTY_ID + "=focusflow")
public final class WebConsoleSecurity implements SecurityProvider {

    private final Authenticator authenticator;

    @Activate
    public WebConsoleSecurity(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        return authenticator.authenticate(request, response).orElseGet(() -> {
            authenticator.challenge(request, response);
            return null;
        });
    }

    @Override
    public boolean authorize(Object user, String role) {
        return true; // one user, who may do everything
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        // Basic authentication keeps no server-side session to end.
    }
}
