package com.focusflow.sync.internal.settings;

import java.time.Instant;

/**
 * The portable values of one configuration and when they last changed, here or on the machine an import
 * came from.
 *
 * @param changedAt when the values last changed, in milliseconds
 * @param values the canonical JSON of the values ({@link SettingsJson}), {@code {}} for all defaults
 */
record SettingState(Instant changedAt, String values) {
}
