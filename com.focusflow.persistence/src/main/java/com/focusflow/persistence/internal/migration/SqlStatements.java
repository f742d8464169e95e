package com.focusflow.persistence.internal.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an SQL script at the {@code ;} that end statements: not inside quotes, comments or a
 * {@code CREATE TRIGGER ... BEGIN ... END} body. Comments are dropped.
 */
final class SqlStatements {

    private static final Pattern TRIGGER = Pattern.compile("CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*",
            Pattern.DOTALL);
    private static final Pattern ENDS_WITH_END = Pattern.compile(".*\\bEND\\s*", Pattern.DOTALL);

    private SqlStatements() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = skipTo(script, i, "\n");
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                i = skipTo(script, i + 2, "*/");
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quoteEnd(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (c == ';' && !insideTrigger(current)) {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    /** Index just after the next {@code marker} at or after {@code from}, or the end of the script. */
    private static int skipTo(String script, int from, String marker) {
        int at = script.indexOf(marker, from);
        return at < 0 ? script.length() : at + marker.length();
    }

    /** Index just after the quote opened at {@code start}; a doubled quote character is an escaped one. */
    private static int quoteEnd(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("Unterminated " + quote + " quote in SQL script");
    }

    private static boolean insideTrigger(StringBuilder current) {
        String text = current.toString().strip().toUpperCase(Locale.ROOT);
        return TRIGGER.matcher(text).matches() && !ENDS_WITH_END.matcher(text).matches();
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }
}
