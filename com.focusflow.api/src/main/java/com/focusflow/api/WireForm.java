package com.focusflow.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An enum constant with a lower-case wire form (e.g. {@code "focus"}), the spelling used in JSON, Gogo and the
 * UI. Such enums return it from {@code toString()} and parse it with {@link #parse}.
 */
@ConsumerType
public interface WireForm {

    /** The lower-case wire form. */
    String value();

    /**
     * Parses a wire form, ignoring case and surrounding blanks.
     *
     * @param type the enum
     * @param what how an error message names the value, e.g. {@code "session type"}
     * @param text the text to parse
     * @throws FocusFlowException {@code INVALID_INPUT} naming {@code what} and the allowed values if
     *         {@code text} is null, blank or unknown
     */
    static <E extends Enum<E> & WireForm> E parse(Class<E> type, String what, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        E[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants).map(WireForm::value).collect(Collectors.joining(", "));
        if (wanted.isEmpty()) {
            throw FocusFlowException.invalidInput("%s is required; allowed: %s", what, allowed);
        }
        for (E constant : constants) {
            if (constant.value().equals(wanted)) {
                return constant;
            }
        }
        throw FocusFlowException.invalidInput("%s '%s' is unknown; allowed: %s", what, text.strip(), allowed);
    }
}
