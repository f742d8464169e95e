package com.focusflow.api.config;

/**
 * One refused value.
 *
 * @param pid the configuration PID
 * @param property the refused property; {@code null} when the whole PID is refused (no bundle declares it)
 * @param value the refused value as given, {@code null} when there is none
 * @param reason why, readable, e.g. {@code "0 is less than minimum (Scan interval (s): 1-60)"}
 */
public record Violation(String pid, String property, Object value, String reason) {

    /** {@code property: reason}, or the reason alone for a refused PID. */
    public String message() {
        return property == null ? reason : property + ": " + reason;
    }
}
