package com.focusflow.api.blocking;

import com.focusflow.api.health.HealthStatus;
import java.util.Objects;

/**
 * How one blocker is doing.
 *
 * @param name the blocker's {@link Blocker#name()}
 * @param health {@code UP} when it works, {@code DEGRADED} when it cannot do its job (e.g. no permission
 *        to write the hosts file) while the others go on, {@code DOWN} when it failed
 * @param message what is wrong and how to fix it, e.g. "Website blocking needs permission: ..."; when
 *        {@code UP}, null or a note worth knowing (e.g. lines of yours the hosts blocker kept)
 * @param route how the blocker reaches what it changes, for blockers that have a choice: the hosts
 *        blocker's {@code direct} (FocusFlow writes the file), {@code helper} (through the privileged
 *        helper) or {@code none}; null for blockers without routes
 */
public record BlockerHealth(String name, HealthStatus health, String message, String route) {
    /** Rejects a null name or health. */
    public BlockerHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(health, "health");
    }

    /** A blocker without routes. */
    public BlockerHealth(String name, HealthStatus health, String message) {
        this(name, health, message, null);
    }

    /** A healthy blocker. */
    public static BlockerHealth up(String name) {
        return new BlockerHealth(name, HealthStatus.UP, null);
    }
}
