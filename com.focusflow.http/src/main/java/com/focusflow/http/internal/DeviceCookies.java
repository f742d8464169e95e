package com.focusflow.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Device cookies (OWASP's answer to lock-outs): a client that once logged in successfully gets a cookie,
 * and its wrong passwords count against that cookie only. Someone guessing passwords cannot get one, so
 * flooding the shared loopback key never locks out the user's browser. A cookie is a random nonce signed
 * with a key that lives in memory only: nothing is stored per cookie, so however many cookies scripts
 * without a cookie jar collect (one per successful call), the browser's stays valid. After a restart the
 * key is new and the next successful login issues a new cookie.
 */
final class DeviceCookies {

    static final String NAME = "FocusFlowDevice";
    private static final String MAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;
    private final SecretKeySpec key;

    DeviceCookies(SecureRandom random) {
        this.random = random;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
    }

    /** The request's device cookie, if this server issued it (since it started). */
    Optional<String> presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && isOurs(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Gives the client a new device cookie. */
    void issue(HttpServletResponse response) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String value = ENCODER.encodeToString(nonce) + "." + signature(ENCODER.encodeToString(nonce));
        response.addHeader("Set-Cookie", NAME + "=" + value + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
    }

    private boolean isOurs(String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = signature(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String nonce) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC + " is part of every JDK", e);
        }
    }
}
