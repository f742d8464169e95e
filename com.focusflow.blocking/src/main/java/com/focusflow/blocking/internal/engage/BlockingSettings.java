package com.focusflow.blocking.internal.engage;

/**
 * The persisted blocking settings, a service inside this bundle so the storage is replaceable. Methods may
 * throw {@link com.focusflow.api.FocusFlowException} {@code DATABASE}.
 */
public interface BlockingSettings {

    /** Whether blocking is enabled; true until the user turns it off. */
    boolean enabled();

    /** Stores the flag. */
    void setEnabled(boolean enabled);
}
