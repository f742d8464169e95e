package com.focusflow.blocking.internal.list;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.focusflow.api.FocusFlowException;

/**
 * Turns what a user typed or pasted into the apex host name that is stored, and back into the names that
 * are blocked. This is the only way into the hosts file: whatever passes {@link #normalize} is a plain
 * ASCII DNS name of letters, digits, hyphens and dots, so nothing else (a newline, a {@code #}, a second
 * address) can ever be written there.
 */
public final class HostNames {

    /** Longest DNS name in text form (RFC 1035). */
    public static final int MAX_LENGTH = 253;
    /** Prefixes that are dropped from what is stored and blocked again together with the apex. */
    static final List<String> VARIANT_PREFIXES = List.of("www.", "m.");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile(".*[a-z].*");

    private HostNames() {
    }

    /**
     * The stored form of a website: its lower-case ASCII apex host name.
     *
     * @throws FocusFlowException {@code INVALID_INPUT} saying why it is not a host name
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw FocusFlowException.invalidInput("website is required, e.g. youtube.com");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ') || Character.getType(c) == Character.FORMAT) {
                throw invalid(raw, "it contains a control character or line break");
            }
        }
        String host = hostPart(raw.strip());
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.contains("*")) {
            throw invalid(raw, "wildcards are not supported; add the domain itself, e.g. example.com");
        }
        if (host.startsWith("[") || host.contains(":")) {
            throw invalid(raw, "IP addresses cannot be blocked, only host names");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(raw, "it is not a valid host name (only letters, digits, '-' and '.')");
        }
        checkSyntax(raw, ascii);
        return apex(ascii);
    }

    /** The names blocked for a stored apex: the apex and its {@code www.} and {@code m.} variants. */
    public static List<String> variants(String apex) {
        List<String> names = new ArrayList<>(3);
        names.add(apex);
        for (String prefix : VARIANT_PREFIXES) {
            if (prefix.length() + apex.length() <= MAX_LENGTH) {
                names.add(prefix + apex);
            }
        }
        return names;
    }

    /** The host of a URL or of {@code host/path}; {@code #} is refused outside a URL's fragment. */
    private static String hostPart(String text) {
        if (SCHEME.matcher(text).find()) {
            String rest = text.substring(text.indexOf("://") + 3);
            String authority = rest.split("[/?#\\\\]", 2)[0];
            String host = authority.substring(authority.lastIndexOf('@') + 1);
            return host.replaceFirst(":[0-9]*$", "");
        }
        String host = text.split("[/?]", 2)[0];
        return host.replaceFirst("(?<=[^:]):[0-9]+$", "");
    }

    private static void checkSyntax(String raw, String host) {
        if (host.isEmpty()) {
            throw invalid(raw, "it has no host name");
        }
        if (host.length() > MAX_LENGTH) {
            throw invalid(raw, "a host name has at most " + MAX_LENGTH + " characters");
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(raw, "it is not a valid host name (only letters, digits, '-' and '.', "
                        + "labels of 1 to 63 characters)");
            }
        }
        if (labels.length < 2) {
            throw invalid(raw, "it needs a domain and a top-level domain, e.g. example.com");
        }
        if (!TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            throw invalid(raw, "IP addresses cannot be blocked, only host names");
        }
        if (host.equals("localhost.localdomain") || host.endsWith(".localhost")) {
            throw invalid(raw, "local host names must never be blocked");
        }
    }

    /** Drops one {@code www.} or {@code m.} prefix at a time while a registrable name remains. */
    private static String apex(String host) {
        String apex = host;
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String prefix : VARIANT_PREFIXES) {
                if (apex.startsWith(prefix) && apex.indexOf('.', prefix.length()) > 0) {
                    apex = apex.substring(prefix.length());
                    dropped = true;
                }
            }
        }
        return apex;
    }

    private static FocusFlowException invalid(String raw, String why) {
        String shown = raw.length() > 80 ? raw.substring(0, 80) + "..." : raw;
        return FocusFlowException.invalidInput("website '%s' cannot be blocked: %s", sanitize(shown), why);
    }

    /** Control characters are shown escaped, so the message itself cannot inject lines into a log. */
    private static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
