package com.focusflow.api.schedule;

import com.focusflow.api.WireForm;

/** What a schedule does while its window is open. In JSON: {@code "block"} or {@code "focus"}. */
public enum ScheduleAction implements WireForm {
    /** Engage blocking for the whole window, with or without a session. */
    BLOCK("block"),
    /** Start a focus session lasting the window, when no session runs at the window's start. */
    FOCUS("focus");

    private final String value;

    ScheduleAction(String value) {
        this.value = value;
    }

    /** The lower-case wire form. */
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Parses the wire form, ignoring case and surrounding blanks.
     *
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} naming the field {@code action} if it
     *         is null, blank or unknown
     */
    public static ScheduleAction parse(String text) {
        return WireForm.parse(ScheduleAction.class, "action", text);
    }
}
