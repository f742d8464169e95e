package com.focusflow.api.session;

import com.focusflow.api.WireForm;

/** The kind of a session. In JSON, Gogo and the UI it is written in lower case: {@code "focus"}. */
public enum SessionType implements WireForm {
    /** Focused work; blocking is engaged while it runs (if enabled). */
    FOCUS("focus"),
    /** A break between focus sessions; nothing is blocked. */
    BREAK("break"),
    /** A user-defined session; blocked like a focus session. */
    CUSTOM("custom");

    private final String value;

    SessionType(String value) {
        this.value = value;
    }

    /** The lower-case wire form, e.g. {@code "focus"}. */
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
     * Parses a wire form, ignoring case and surrounding blanks ({@code " Focus "} is {@link #FOCUS}).
     *
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} naming the allowed values if
     *         {@code text} is null, blank or unknown
     */
    public static SessionType parse(String text) {
        return WireForm.parse(SessionType.class, "session type", text);
    }
}
