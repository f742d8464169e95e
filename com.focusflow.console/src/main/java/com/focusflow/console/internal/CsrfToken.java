package com.focusflow.console.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A synchronizer token against cross-site request forgery. The browser holds the user's Basic credentials
 * and would send them with a form another site posts here; that site cannot read this page, so it cannot
 * know the token the page's forms carry. Random per activation of the plugin: after an update of the
 * console bundle a page loaded before it must be reloaded.
 */
final class CsrfToken {

    static final String FIELD = "focusflow-token";

    private final String value;

    CsrfToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String value() {
        return value;
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
