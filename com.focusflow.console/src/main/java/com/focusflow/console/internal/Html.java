package com.focusflow.console.internal;

import org.owasp.encoder.Encode;

/**
 * Output encoding for the console page. Besides HTML, the Web Console filters a plugin's output and
 * replaces {@code ${name}} with variables or translations, so a {@code $} from the data is encoded too.
 */
final class Html {

    private Html() {
    }

    /** Text content, e.g. a session label or a message. */
    static String text(Object value) {
        return Encode.forHtmlContent(String.valueOf(value)).replace("$", "&#36;");
    }

    /** A quoted attribute value. */
    static String attribute(Object value) {
        return Encode.forHtmlAttribute(String.valueOf(value)).replace("$", "&#36;");
    }
}
