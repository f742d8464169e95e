package com.focusflow.session.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

import com.focusflow.api.session.Session;

/**
 * SHA-256 over every field of a section's items as they came in, in order: two lists with the same print hold the
 * same sessions. Lengths and null markers are part of it, so no two different lists run together the same way.
 */
final class ItemsPrint {

    private ItemsPrint() {
    }

    static byte[] of(List<Session> items) {
        MessageDigest digest = sha256();
        ByteBuffer fixed = ByteBuffer.allocate(64);
        for (Session s : items) {
            fixed.clear();
            fixed.putInt(s.type() == null ? -1 : s.type().ordinal());
            instant(fixed, s.startTime());
            instant(fixed, s.endTime());
            fixed.putInt(s.plannedMinutes()).putLong(s.actualSeconds());
            fixed.putLong(s.remainingSeconds() == null ? Long.MIN_VALUE : s.remainingSeconds());
            fixed.put((byte) ((s.remainingSeconds() == null ? 4 : 0) | (s.completed() ? 2 : 0) | (s.strict() ? 1 : 0)));
            digest.update(fixed.flip());
            text(digest, s.id());
            text(digest, s.label());
        }
        return digest.digest();
    }

    private static void instant(ByteBuffer out, Instant instant) {
        out.put((byte) (instant == null ? 0 : 1));
        out.putLong(instant == null ? 0 : instant.getEpochSecond()).putInt(instant == null ? 0 : instant.getNano());
    }

    private static void text(MessageDigest digest, String text) {
        if (text == null) {
            digest.update(new byte[] { -1, -1, -1, -1 });
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
