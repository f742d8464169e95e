package com.focusflow.hosts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits FocusFlow's block inside the bytes of a hosts file and leaves every other byte as it was: line
 * ends (LF or CRLF, detected from the file), a byte order mark, a missing final newline, other tools'
 * blocks. The bytes are handled as ISO-8859-1 text, which maps each byte to one char and back, so any
 * encoding survives. Laws (see the property tests): {@code apply(apply(x, s), s) == apply(x, s)} and
 * {@code remove(apply(x, s)) == x} for every file {@code x} without FocusFlow's marker lines.
 */
public final class HostsContent {

    static final String BEGIN = "# >>> FocusFlow (managed, do not edit)";
    static final String END = "# <<< FocusFlow";
    /** Firefox turns its default DNS-over-HTTPS off while this name does not resolve normally. */
    static final String DOH_CANARY = "use-application-dns.net";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    private final String text;

    private HostsContent(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException for a UTF-16 file, which FocusFlow cannot edit byte-safely */
    public static HostsContent of(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new IllegalArgumentException("the hosts file is UTF-16; save it as UTF-8 or ANSI to allow blocking");
        }
        return new HostsContent(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Whether any FocusFlow marker line is present (also a damaged block). */
    public boolean hasBlock() {
        return !BlockRegions.find(text).isEmpty();
    }

    /**
     * This content with exactly one FocusFlow block that maps each name, and the DoH canary, to
     * {@code 0.0.0.0} and {@code ::}; with no names, the content without any block.
     *
     * @param names host names as {@link HostNames} produces them
     * @throws HostsException {@code INVALID_NAME} if a name is not a plain lower-case DNS name
     */
    public HostsContent apply(List<String> names) {
        if (names.isEmpty()) {
            return remove();
        }
        String eol = LineEnds.detect(text);
        String entries = entries(names, eol);
        List<BlockRegions.Region> regions = BlockRegions.find(text);
        if (regions.size() == 1 && regions.get(0).wellFormed()) {
            BlockRegions.Region region = regions.get(0);
            return new HostsContent(text.substring(0, region.innerStart()) + entries + text.substring(region.innerEnd()));
        }
        String base = remove().text;
        String block = BEGIN + eol + entries + END;
        boolean endsWithLine = base.isEmpty() || base.endsWith("\n");
        return new HostsContent(endsWithLine ? base + block + eol : base + eol + block);
    }

    /** This content without FocusFlow's block, damaged or not; unchanged if there is none. */
    public HostsContent remove() {
        List<BlockRegions.Region> regions = BlockRegions.find(text);
        if (regions.isEmpty()) {
            return this;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (BlockRegions.Region region : regions) {
            out.append(text, at, region.start());
            at = region.end();
        }
        out.append(text, at, text.length());
        return new HostsContent(out.toString());
    }

    private static String entries(List<String> names, String eol) {
        List<String> all = new ArrayList<>(names);
        if (!all.contains(DOH_CANARY)) {
            all.add(DOH_CANARY);
        }
        StringBuilder out = new StringBuilder(all.size() * 48);
        for (String name : all) {
            if (!SAFE_NAME.matcher(name).matches()) {
                throw new HostsException(HostsException.Kind.INVALID_NAME,
                        "not a plain host name, refused for the hosts file: " + HostNames.sanitize(name));
            }
            out.append("0.0.0.0 ").append(name).append(eol).append(":: ").append(name).append(eol);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostsContent c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
