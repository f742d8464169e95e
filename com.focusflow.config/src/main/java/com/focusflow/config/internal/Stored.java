package com.focusflow.config.internal;

import java.io.IOException;
import java.util.Optional;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The configuration Config Admin holds for a PID, looked up without creating or binding it (which
 * {@code getConfiguration} would). The PID is escaped into the filter: a PID is any text, and one with
 * {@code *} or a parenthesis must still name only itself.
 */
public final class Stored {

    private Stored() {
    }

    public static Optional<Configuration> configuration(ConfigurationAdmin admin, String pid)
            throws IOException, InvalidSyntaxException {
        Configuration[] found = admin.listConfigurations("(service.pid=" + escaped(pid) + ")");
        return found == null ? Optional.empty() : Optional.of(found[0]);
    }

    /** RFC 1960's escapes for a filter value: {@code \ * ( )} each after a backslash. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
