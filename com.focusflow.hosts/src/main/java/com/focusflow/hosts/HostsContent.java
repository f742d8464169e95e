package com.focusflow.hosts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Edits FocusFlow's block inside the bytes of a hosts file and leaves every other byte as it was: line
 * ends (LF or CRLF, detected from the file), a byte order mark, a missing final newline, other tools'
 * blocks. The bytes are handled as ISO-8859-1 text, which maps each byte to one char and back, so any
 * encoding survives. Laws (see the property tests): {@code apply(apply(x, s), s) == apply(x, s)} and
 * {@code remove(apply(x, s)) == x} for every file {@code x} without FocusFlow's marker lines.
 *
 * <p>Only lines FocusFlow wrote are ever taken out: an entry line between the markers counts as FocusFlow's
 * if its name is one FocusFlow is writing or says it wrote, the DoH canary, or a name the block holds in both
 * forms FocusFlow writes ({@code 0.0.0.0 name} and {@code :: name}; what a FocusFlow that forgot its names
 * recognises). A line of anybody else's between FocusFlow's markers (typed there by a user, or added during a
 * session, even in the form {@code 0.0.0.0 name}) is kept: {@link #remove} leaves it where it is,
 * {@link #apply} moves it just below the block (where it cannot override a blocked name: resolvers take the
 * first matching line), and {@link #foreignLines} reports it.
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
            String foreign = foreign(region, eol, names);
            if (!foreign.isEmpty() && !text.substring(0, region.end()).endsWith("\n")) {
                foreign = eol + foreign.substring(0, foreign.length() - eol.length());
            }
            return new HostsContent(text.substring(0, region.innerStart()) + entries
                    + text.substring(region.innerEnd(), region.end()) + foreign + text.substring(region.end()));
        }
        String base = remove(names).text;
        String block = BEGIN + eol + entries + END;
        boolean endsWithLine = base.isEmpty() || base.endsWith("\n");
        return new HostsContent(endsWithLine ? base + block + eol : base + eol + block);
    }

    /** This content without FocusFlow's block, damaged or not; unchanged if there is none. */
    public HostsContent remove() {
        return remove(List.of());
    }

    /**
     * As {@link #remove()}, also taking out single entry lines for {@code written}: names FocusFlow knows it
     * put into the block (of a pair a user edited half away, the other half is FocusFlow's too).
     */
    public HostsContent remove(Collection<String> written) {
        List<BlockRegions.Region> regions = BlockRegions.find(text);
        if (regions.isEmpty()) {
            return this;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (BlockRegions.Region region : regions) {
            out.append(text, at, region.start());
            String foreign = foreign(region, LineEnds.detect(text), written);
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

    /**
     * Lines between FocusFlow's markers that FocusFlow did not write, without their line ends.
     *
     * @param written the names FocusFlow knows it put into the block (may be empty)
     */
    public List<String> foreignLines(Collection<String> written) {
        List<String> lines = new ArrayList<>();
        for (BlockRegions.Region region : BlockRegions.find(text)) {
            if (region.wellFormed()) {
                Set<String> own = ownNames(region, written);
                for (int at = region.innerStart(); at < region.innerEnd(); at = HostsLines.nextLine(text, at)) {
                    String line = HostsLines.line(text, at, HostsLines.nextLine(text, at));
                    if (!own(line, own)) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }

    /** The foreign lines of {@code region} as they stand, each with a line end. */
    private String foreign(BlockRegions.Region region, String eol, Collection<String> written) {
        if (!region.wellFormed()) {
            return "";
        }
        Set<String> own = ownNames(region, written);
        StringBuilder out = new StringBuilder();
        for (int at = region.innerStart(); at < region.innerEnd();) {
            int next = HostsLines.nextLine(text, at);
            String line = HostsLines.line(text, at, next);
            if (!own(line, own)) {
                out.append(text, at, next);
                if (next == text.length() && !text.endsWith("\n")) {
                    out.append(eol);
                }
            }
            at = next;
        }
        return out.toString();
    }

    /** Whether {@code line} is an entry FocusFlow wrote, given the names that are FocusFlow's. */
    private static boolean own(String line, Set<String> own) {
        return HostsLines.ENTRY.matcher(line).matches() && own.contains(line.substring(line.indexOf(' ') + 1));
    }

    /** {@code written}, the DoH canary, and every name {@code region} holds both as 0.0.0.0 and as :: entry. */
    private Set<String> ownNames(BlockRegions.Region region, Collection<String> written) {
        Set<String> v4 = new HashSet<>();
        Set<String> v6 = new HashSet<>();
        Set<String> own = new HashSet<>(written);
        own.add(DOH_CANARY);
        for (int at = region.innerStart(); at < region.innerEnd(); at = HostsLines.nextLine(text, at)) {
            String line = HostsLines.line(text, at, HostsLines.nextLine(text, at));
            if (HostsLines.ENTRY.matcher(line).matches()) {
                (line.startsWith("::") ? v6 : v4).add(line.substring(line.indexOf(' ') + 1));
            }
        }
        v6.stream().filter(v4::contains).forEach(own::add);
        return own;
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
