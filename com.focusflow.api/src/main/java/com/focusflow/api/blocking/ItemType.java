package com.focusflow.api.blocking;

import com.focusflow.api.WireForm;

/** What a block-list item blocks. In JSON it is written in lower case: {@code "app"}, {@code "website"}. */
public enum ItemType implements WireForm {
    /** An application, by process name. */
    APP("app"),
    /** A website, by host name. */
    WEBSITE("website");

    private final String value;

    ItemType(String value) {
        this.value = value;
    }

    /** The lower-case wire form, e.g. {@code "website"}. */
    @Override
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
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} naming the allowed values if
     *         {@code text} is null, blank or unknown
     */
    public static ItemType parse(String text) {
        boolean gogoSpelling = text != null && text.strip().equalsIgnoreCase("site");
        return gogoSpelling ? WEBSITE : WireForm.parse(ItemType.class, "item type", text);
    }
}
