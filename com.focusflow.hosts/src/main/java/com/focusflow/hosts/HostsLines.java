package com.focusflow.hosts;

import java.util.regex.Pattern;

/** Line navigation in hosts-file text, and the form of FocusFlow's entry lines. */
final class HostsLines {

    /** One entry line as FocusFlow writes it. */
    static final Pattern ENTRY = Pattern.compile("(0\\.0\\.0\\.0|::) [a-z0-9.-]+");

    private HostsLines() {
    }

    /** The name of the pair of lines starting at {@code start} (its second line at {@code second}), or null. */
    static String pairName(String text, int start, int second) {
        String v4 = line(text, start, second);
        String v6 = line(text, second, nextLine(text, second));
        if (v4.startsWith("0.0.0.0 ") && v6.startsWith(":: ") && ENTRY.matcher(v4).matches()
                && v4.substring(8).equals(v6.substring(3))) {
            return v4.substring(8);
        }
        return null;
    }

    /** The line from {@code start} to {@code next} without its line end. */
    static String line(String text, int start, int next) {
        int end = next;
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    static int previousLine(String text, int lineStart) {
        return lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    }

    static int nextLine(String text, int from) {
        int lf = text.indexOf('\n', from);
        return lf < 0 ? text.length() : lf + 1;
    }
}
