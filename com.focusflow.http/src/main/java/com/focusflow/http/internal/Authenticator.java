package com.focusflow.http.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.support.log.LogText;

/**
 * HTTP Basic authentication against the credential store, shared by the Web Console and the API, with
 * a throttle on wrong passwords per client: all of loopback counts as one client, and a client holding a
 * device cookie from an earlier successful login counts on its own ({@link DeviceCookies}).
 */
@Component(service = Authenticator.class)
public final class Authenticator {

    static final String REALM = "FocusFlow";
    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private final CredentialStore store;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;

    @Activate
    public Authenticator(@Reference CredentialStore store) {
        this(store, new LoginThrottle(MAX_FAILURES, FAILURE_WINDOW, System::nanoTime), new DeviceCookies(new SecureRandom()));
    }

    Authenticator(CredentialStore store, LoginThrottle throttle, DeviceCookies devices) {
        this.store = store;
        this.throttle = throttle;
        this.devices = devices;
    }

    /**
     * @return the user name if the request carries the stored credentials and is not throttled; a client
     *         without a device cookie gets one with the answer
     */
    public Optional<String> authenticate(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> device = devices.presented(request);
        String client = device.map(ClientKey::ofDevice).orElseGet(() -> ClientKey.of(request.getRemoteAddr()));
        if (throttle.isBlocked(client)) {
            return Optional.empty();
        }
        Optional<Credentials> presented = BasicAuthorization.parse(request.getHeader("Authorization"));
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        if (store.accepts(presented.get())) {
            throttle.succeeded(client);
            if (device.isEmpty()) {
                devices.issue(response);
            }
            return Optional.of(presented.get().username());
        }
        throttle.failed(client);
        LOG.warn("Wrong credentials for user '{}' from {}", LogText.escape(presented.get().username()),
                request.getRemoteAddr());
        return Optional.empty();
    }

    /**
     * Sets the status for a request {@link #authenticate} refused: 429 with Retry-After while its address
     * is throttled, else 401 asking for credentials. The caller writes the body.
     */
    public void challenge(HttpServletRequest request, HttpServletResponse response) {
        long retryAfter = throttle.retryAfterSeconds(devices.presented(request).map(ClientKey::ofDevice)
                .orElseGet(() -> ClientKey.of(request.getRemoteAddr())));
        if (retryAfter > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfter));
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }

    /**
     * The message for a refused request. It names no path: before authentication nothing about the
     * machine (the data dir, and with it the OS user name) is told.
     */
    public String refusalMessage(HttpServletResponse response) {
        return response.getStatus() == 429
                ? "too many wrong passwords; try again in " + response.getHeader("Retry-After") + " s"
                : "credentials required: HTTP Basic with the user and password from " + CredentialStore.FILE_NAME
                        + " in FocusFlow's data dir";
    }
}
