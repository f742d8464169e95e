package com.focusflow.hosts;

/** The line end a file already uses, so that FocusFlow's lines match the rest of it. */
final class LineEnds {

    private LineEnds() {
    }

    /** CRLF if the first line end of {@code text} is CRLF, LF if it is LF; the platform's for one line. */
    static String detect(String text) {
        int lf = text.indexOf('\n');
        if (lf < 0) {
            return System.lineSeparator();
        }
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }
}
