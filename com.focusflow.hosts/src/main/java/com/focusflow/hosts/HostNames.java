package com.focusflow.hosts;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user typed or pasted into the apex host name that is stored, and back into the names that
 * are blocked. This is the only way into the hosts file: whatever passes {@link #normalize} or
 * {@link #isBlockable} is a plain ASCII DNS name of letters, digits, hyphens and dots, so nothing else (a
 * newline, a {@code #}, a second address) can ever be written there.
 *
 * <p>Internationalized names follow UTS #46 without transitional processing, as browsers do: {@code ß} and
 * {@code ς} stay themselves ({@code straße.de} is {@code xn--strae-oqa.de}, not {@code strasse.de}).
 */
public final class HostNames {

    /** Longest DNS name in text form (RFC 1035). */
    public static final int MAX_LENGTH = 253;
    /** Prefixes that are dropped from what is stored and blocked again together with the apex. */
    static final List<String> VARIANT_PREFIXES = List.of("www.", "m.");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile(".*[a-z].*");
    /** What UTS #46 maps to a full stop: the ideographic, full-width and half-width ideographic full stops. */
    private static final Pattern UTS46_DOTS = Pattern.compile("[\u3002\uff0e\uff61]");

    private HostNames() {
    }

    /**
     * The stored form of a website: its lower-case ASCII apex host name.
     *
     * @throws HostsException {@code INVALID_NAME} saying why it is not a host name
     */
    public static String normalize(String raw) {
        return normalize(raw, LocalNames.system());
    }

    static String normalize(String raw, LocalNames local) {
        if (raw == null || raw.isBlank()) {
            throw new HostsException(HostsException.Kind.INVALID_NAME, "website is required, e.g. youtube.com");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ') || Character.getType(c) == Character.FORMAT) {
                throw invalid(raw, "it contains a control character, a line break or an invisible formatting character");
            }
        }
        String host = UTS46_DOTS.matcher(hostPart(raw.strip())).replaceAll(".");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.contains("*")) {
            throw invalid(raw, "wildcards are not supported; add the domain itself, e.g. example.com");
        }
        if (host.startsWith("[") || host.contains(":")) {
            throw invalid(raw, "IP addresses cannot be blocked, only host names");
        }
        String ascii = checked(raw, toAscii(raw, host), local);
        return apex(ascii);
    }

    /**
     * Whether {@code name} may stand in the hosts file exactly as given: already lower-case ASCII, a valid
     * DNS name of at least two labels, not a local name. What the privileged helper accepts.
     */
    public static boolean isBlockable(String name) {
        return isBlockable(name, LocalNames.system());
    }

    static boolean isBlockable(String name, LocalNames local) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return checked(name, name, local).equals(name);
        } catch (HostsException e) {
            return false;
        }
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

    /**
     * UTS #46 non-transitional, as browsers resolve names: the ideographic and full-width full stops separate
     * labels like '.', and labels with a deviation character are mapped and encoded here (the JDK's IDNA2003
     * would map them away).
     */
    private static String toAscii(String raw, String host) {
        try {
            return toAscii(host);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw invalid(raw, "it is not a valid host name (only letters, digits, '-' and '.')");
        }
    }

    /** The ASCII form of a host name as browsers compute it, or an IllegalArgumentException. */
    static String toAscii(String host) {
        List<String> labels = new ArrayList<>();
        for (String label : UTS46_DOTS.matcher(host).replaceAll(".").split("\\.", -1)) {
            String ascii = labelToAscii(label);
            if (ascii.indexOf('.') >= 0) {
                // a compatibility character that maps to a dot (e.g. U+2488 '1.'): UTS #46 disallows it,
                // and splitting there would block another name than the one typed
                throw new IllegalArgumentException("a character of the label maps to a dot");
            }
            labels.add(ascii);
        }
        return String.join(".", labels);
    }

    private static String labelToAscii(String label) {
        if (label.chars().allMatch(c -> c < 0x80)) {
            return label.toLowerCase(Locale.ROOT);
        }
        StringBuilder lower = new StringBuilder(label.length());
        label.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c))); // ẞ becomes ß
        if (lower.indexOf("\u00df") < 0 && lower.indexOf("\u03c2") < 0) {
            return IDN.toASCII(lower.toString(), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        }
        // ß and ς are kept (IDNA2003 maps them to "ss" and σ): the text between them is mapped the IDNA2003
        // way, which UTS #46 keeps for every other character; the whole label is checked with them mapped.
        StringBuilder mapped = new StringBuilder(lower.length());
        int from = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\u00df' || c == '\u03c2') {
                mapped.append(nameprep(lower.substring(from, i))).append(c);
                from = i + 1;
            }
        }
        mapped.append(nameprep(lower.substring(from)));
        String label2003 = mapped.toString().replace("\u00df", "ss").replace('\u03c2', '\u03c3');
        IDN.toASCII(label2003, IDN.USE_STD3_ASCII_RULES);
        if (mapped.indexOf(".") >= 0) {
            throw new IllegalArgumentException("a character of the label maps to a dot");
        }
        return "xn--" + Punycode.encode(mapped.toString());
    }

    /** IDNA2003's mapping of a piece of a label (case folding, NFKC, ignored characters dropped). */
    private static String nameprep(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return IDN.toUnicode(IDN.toASCII(text));
    }

    private static String checked(String raw, String host, LocalNames local) {
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
        if (local.isLocal(host)) {
            throw invalid(raw, "names of this machine and of the local network must never be blocked");
        }
        return host;
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

    private static HostsException invalid(String raw, String why) {
        String shown = raw.length() > 80 ? raw.substring(0, 80) + "..." : raw;
        return new HostsException(HostsException.Kind.INVALID_NAME,
                "website '" + sanitize(shown) + "' cannot be blocked: " + why);
    }

    /** Control characters are shown escaped, so the message itself cannot inject lines into a log. */
    public static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
