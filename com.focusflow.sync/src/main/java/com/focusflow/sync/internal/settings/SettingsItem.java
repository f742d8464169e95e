package com.focusflow.sync.internal.settings;

import java.time.Instant;
import java.util.Map;

/**
 * One item of the {@code settings} section: the portable attributes of one configuration and when they last
 * changed on the machine that wrote the document. An attribute that is absent has its default.
 *
 * @param pid the configuration's PID, e.g. {@code com.focusflow.analytics}
 * @param changedAt when its portable attributes last changed (updated or deleted)
 * @param properties attribute values by name, sorted: numbers, booleans, strings, or arrays of them
 */
public record SettingsItem(String pid, Instant changedAt, Map<String, Object> properties) {
}
