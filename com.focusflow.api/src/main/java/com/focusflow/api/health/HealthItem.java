package com.focusflow.api.health;

import java.util.Objects;

/**
 * The health of one part of FocusFlow.
 *
 * @param name what it is about, e.g. {@code "blocking.hosts"}, {@code "ui"}, {@code "bundle com.focusflow.session"}
 * @param status its status
 * @param message what is wrong and how to fix it, e.g. "no permission to write the hosts file: ...";
 *        null when {@code UP}
 */
public record HealthItem(String name, HealthStatus status, String message) {
    /** Rejects a null name or status. */
    public HealthItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** A healthy item without message. */
    public static HealthItem up(String name) {
        return new HealthItem(name, HealthStatus.UP, null);
    }
}
