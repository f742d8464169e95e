package com.focusflow.api.schedule;

import java.util.Locale;

import com.focusflow.api.FocusFlowException;

/** What a schedule does while its window is open. In JSON: {@code "block"} or {@code "focus"}. */
public enum ScheduleAction {
    /** Engage blocking for the whole window, with or without a session. */
    BLOCK("block"),
    /** Start a focus session lasting the window, when no session runs at the window's start. */
    FOCUS("focus");

    private final String value;

    ScheduleAction(String value) {
        this.value = value;
    }

    /** The lower-case wire form. */
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
     * @throws FocusFlowException {@code INVALID_INPUT} naming the field {@code action} if it is null or unknown
     */
    public static ScheduleAction parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ScheduleAction action : values()) {
            if (action.value.equals(wanted)) {
                return action;
            }
        }
        throw FocusFlowException.invalidInput("action: must be block or focus, was '%s'", text == null ? "" : text.strip());
    }
}
