package com.focusflow.api.blocking;

import com.focusflow.api.FocusFlowException;
import java.util.Locale;

/** What a block-list item blocks. In JSON it is written in lower case: {@code "app"}, {@code "website"}. */
public enum ItemType {
    /** An application, by process name. */
    APP("app"),
    /** A website, by host name. */
    WEBSITE("website");

    private static final String ALLOWED = "app, website (or site)";

    private final String value;

    ItemType(String value) {
        this.value = value;
    }

    /** The lower-case wire form, e.g. {@code "website"}. */
    public String value() {
        return value;
    }

    /** The wire form, so that JSON mappers writing enums with {@code toString()} produce it. */
    @Override
    public String toString() {
        return value;
    }

    /**
     * Parses a wire form, ignoring case and surrounding blanks; {@code "site"} (the Gogo spelling) is
     * {@link #WEBSITE}.
     *
     * @throws FocusFlowException {@code INVALID_INPUT} naming the allowed values if {@code text} is null,
     *         blank or unknown
     */
    public static ItemType parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            throw FocusFlowException.invalidInput("item type is required; allowed: %s", ALLOWED);
        }
        if (wanted.equals("site")) {
            return WEBSITE;
        }
        for (ItemType type : values()) {
            if (type.value.equals(wanted)) {
                return type;
            }
        }
        throw FocusFlowException.invalidInput("item type '%s' is unknown; allowed: %s", text.strip(), ALLOWED);
    }
}
