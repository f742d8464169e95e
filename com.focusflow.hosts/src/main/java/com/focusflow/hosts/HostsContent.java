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
 *
 * <p>Only lines in the exact form FocusFlow writes are ever taken out. A line of anybody else's between
 * FocusFlow's markers (typed there by a user, or added during a session) is kept: {@link #remove()} leaves
 * it where it is, {@link #apply} moves it just below the block (where it cannot override a blocked name:
 * resolvers take the first matching line), and {@link #foreignLines()} reports it.
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
            String foreign = foreign(region, eol);
            if (!foreign.isEmpty() && !text.substring(0, region.end()).endsWith("\n")) {
                foreign = eol + foreign.substring(0, foreign.length() - eol.length());
            }
            return new HostsContent(text.substring(0, region.innerStart()) + entries
                    + text.substring(region.innerEnd(), region.end()) + foreign + text.substring(region.end()));
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
            String foreign = foreign(region, LineEnds.detect(text));
            if (!foreign.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                // the block ended the file without a final line end, and owned the one before it
                String eol = LineEnds.detect(text);
                foreign = eol + foreign.substring(0, foreign.length() - (foreign.endsWith("\r\n") ? 2 : 1));
            }
            out.append(foreign);
            at = region.end();
        }
        out.append(text, at, text.length());
        return new HostsContent(out.toString());
    }

    /** Lines between FocusFlow's markers that FocusFlow did not write, without their line ends. */
    public List<String> foreignLines() {
        List<String> lines = new ArrayList<>();
        for (BlockRegions.Region region : BlockRegions.find(text)) {
            if (region.wellFormed()) {
                for (int at = region.innerStart(); at < region.innerEnd(); at = HostsLines.nextLine(text, at)) {
                    String line = HostsLines.line(text, at, HostsLines.nextLine(text, at));
                    if (!HostsLines.ENTRY.matcher(line).matches()) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }

    /** The foreign lines of {@code region} as they stand, each with a line end. */
    private String foreign(BlockRegions.Region region, String eol) {
        if (!region.wellFormed()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int at = region.innerStart(); at < region.innerEnd();) {
            int next = HostsLines.nextLine(text, at);
            String line = HostsLines.line(text, at, next);
            if (!HostsLines.ENTRY.matcher(line).matches()) {
                out.append(text, at, next);
                if (next == text.length() && !text.endsWith("\n")) {
                    out.append(eol);
                }
            }
            at = next;
        }
        return out.toString();
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
