package com.focusflow.hosts;

import static com.focusflow.hosts.HostsLines.ENTRY;
import static com.focusflow.hosts.HostsLines.line;
import static com.focusflow.hosts.HostsLines.nextLine;
import static com.focusflow.hosts.HostsLines.pairName;
import static com.focusflow.hosts.HostsLines.previousLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds FocusFlow's block(s) in hosts-file text. A well-formed block runs from the begin marker line to
 * the next end marker line. A damaged one (a marker was edited away) is the lone marker line plus the
 * adjacent lines in exactly the form FocusFlow writes, so repairing never touches anybody else's lines.
 * A block that ends the file without a final line end also owns the line end before it: FocusFlow added
 * that one when it appended the block to a file without a final newline. Only marker lines and their
 * neighbours are examined, so a 90,000-line file costs little more than a scan for the markers.
 */
final class BlockRegions {

    /**
     * Text positions of one block: {@code [start, end)} is removed; {@code [innerStart, innerEnd)} holds
     * the entries of a well-formed block.
     */
    record Region(int start, int end, int innerStart, int innerEnd, boolean wellFormed) {
    }

    /** A marker line: where it starts, where the next line starts, and whether it is the begin marker. */
    private record Marker(int start, int next, boolean begin) {
    }

    private BlockRegions() {
    }

    static List<Region> find(String text) {
        List<Marker> markers = markers(text);
        List<Region> regions = new ArrayList<>();
        int free = 0; // regions never reach back before the end of the previous one
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            Region region;
            if (marker.begin() && i + 1 < markers.size() && !markers.get(i + 1).begin()) {
                Marker end = markers.get(++i);
                region = region(text, marker.start(), end.next(), marker.next(), end.start(), true, free);
            } else if (marker.begin()) {
                int limit = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
                region = region(text, marker.start(), entriesAfter(text, marker.next(), limit), 0, 0, false, free);
            } else {
                region = region(text, entriesBefore(text, marker.start(), free), marker.next(), 0, 0, false, free);
            }
            regions.add(region);
            free = region.end();
        }
        return regions;
    }

    private static List<Marker> markers(String text) {
        List<Marker> markers = new ArrayList<>();
        addMarkers(text, HostsContent.BEGIN, true, markers);
        addMarkers(text, HostsContent.END, false, markers);
        markers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return markers;
    }

    /** Every line that is exactly {@code marker} (before an optional CR). */
    private static void addMarkers(String text, String marker, boolean begin, List<Marker> markers) {
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            int after = at + marker.length();
            boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
            boolean lineEnd = after == text.length() || text.charAt(after) == '\n'
                    || (text.charAt(after) == '\r' && (after + 1 == text.length() || text.charAt(after + 1) == '\n'));
            if (lineStart && lineEnd) {
                markers.add(new Marker(at, nextLine(text, at), begin));
            }
        }
    }

    /**
     * The end of FocusFlow's entries starting at {@code from}, never beyond {@code limit}: entry lines up
     * to and including the DoH canary pair that always closes them (single lines may have been edited
     * away); without that canary, only complete {@code 0.0.0.0 name} / {@code :: name} pairs.
     */
    private static int entriesAfter(String text, int from, int limit) {
        for (int at = from; at < limit;) {
            int second = nextLine(text, at);
            if (HostsContent.DOH_CANARY.equals(pairName(text, at, second)) && nextLine(text, second) <= limit) {
                return nextLine(text, second);
            }
            if (!ENTRY.matcher(line(text, at, second)).matches()) {
                break;
            }
            at = second;
        }
        int at = from;
        while (at < limit) {
            int second = nextLine(text, at);
            if (pairName(text, at, second) == null || nextLine(text, second) > limit) {
                break;
            }
            at = nextLine(text, second);
        }
        return at;
    }

    /**
     * The start of FocusFlow's entries ending just before {@code to}: only if they end with the DoH canary
     * pair, then every pair before it, never before {@code limit}. Other tools' lists of {@code 0.0.0.0}
     * lines (without {@code ::} twins) stop the walk, so they are never taken for FocusFlow's.
     */
    private static int entriesBefore(String text, int to, int limit) {
        int at = to;
        boolean first = true;
        while (at > limit) {
            int second = previousLine(text, at);
            int pairStart = previousLine(text, second);
            String name = second > limit && pairStart >= limit ? pairName(text, pairStart, second) : null;
            if (name == null || (first && !name.equals(HostsContent.DOH_CANARY))) {
                break;
            }
            first = false;
            at = pairStart;
        }
        return at;
    }

    private static Region region(String text, int start, int end, int innerStart, int innerEnd, boolean wellFormed,
            int free) {
        boolean terminated = end > 0 && text.charAt(end - 1) == '\n';
        int from = start;
        if (!terminated && from > free && text.charAt(from - 1) == '\n') {
            from -= from - 1 > free && text.charAt(from - 2) == '\r' ? 2 : 1;
        }
        return new Region(from, end, innerStart, innerEnd, wellFormed);
    }
}
