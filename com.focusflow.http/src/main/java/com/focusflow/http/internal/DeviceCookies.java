package com.focusflow.http.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Device cookies (OWASP's answer to lock-outs): a client that once logged in successfully gets a random
 * cookie, and its wrong passwords count against that cookie only. Someone guessing passwords cannot get
 * one, so flooding the shared loopback key never locks out the user's browser. Kept in memory only: after
 * a restart the next successful login issues a new one.
 */
final class DeviceCookies {

    static final String NAME = "FocusFlowDevice";
    /** Beyond this many, the oldest cookie is forgotten. */
    static final int MAX_DEVICES = 64;

    private final SecureRandom random;
    private final Set<String> issued = new LinkedHashSet<>();

    DeviceCookies(SecureRandom random) {
        this.random = random;
    }

    /** The request's device cookie, if it is one this server issued. */
    synchronized Optional<String> presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && issued.contains(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Gives the client a new device cookie. */
    void issue(HttpServletResponse response) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        synchronized (this) {
            issued.add(value);
            if (issued.size() > MAX_DEVICES) {
                Iterator<String> oldest = issued.iterator();
                oldest.next();
                oldest.remove();
            }
        }
        response.addHeader("Set-Cookie", NAME + "=" + value + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
    }
}
