package com.focusflow.http.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** HTTP Basic authentication against the credential store, shared by the Web Console and the API. */
@Component(service = Authenticator.class)
public final class Authenticator {

    static final String REALM = "FocusFlow";

    private final CredentialStore store;

    @Activate
    public Authenticator(CredentialStore store) {
        this.store = store;
    }

    /** @return the user name if the request carries the stored credentials */
    public Optional<String> authenticate(HttpServletRequest request) {
        return BasicAuthorization.parse(request.getHeader("Authorization"))
                .filter(store::accepts)
                .map(Credentials::username);
    }

    /** Sets status 401 and asks the client for credentials; the caller writes the body. */
    public void challenge(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
}
