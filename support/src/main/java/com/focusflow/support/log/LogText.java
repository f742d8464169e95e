package com.focusflow.support.log;

/**
 * Makes text that came from outside (a user name from a request, a value from an imported file, a
 * process's name) safe to log: a line break in it cannot forge a log line, an escape sequence cannot
 * reach the terminal, and a direction override cannot reorder what is shown. Control, format and
 * line-separator characters become {@code \n}, {@code \r}, {@code \t} or a Java-style Unicode escape
 * (backslash, u, four hex digits); a backslash is doubled, so the escaped form is unambiguous. Very long
 * text is cut.
 */
public final class LogText {

    /** Longer text is cut to this many characters, with the number left out. */
    public static final int MAX_LENGTH = 256;

    private LogText() {
    }

    /** The escaped form; {@code "null"} for null, as SLF4J prints it. */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int end = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = new StringBuilder(end + 16);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > end) {
            out.append("...(").append(text.length() - end).append(" more characters)");
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
