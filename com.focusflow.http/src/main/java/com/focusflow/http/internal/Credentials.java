package com.focusflow.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The one user who may use the console and the API. Never printed: toString() hides the password. */
record Credentials(String username, String password) {

    /** Compares in constant time, so response timing does not tell how much of a guess was right. */
    boolean matches(String user, String secret) {
        boolean userOk = MessageDigest.isEqual(bytes(username), bytes(user));
        boolean secretOk = MessageDigest.isEqual(bytes(password), bytes(secret));
        return userOk & secretOk;
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
