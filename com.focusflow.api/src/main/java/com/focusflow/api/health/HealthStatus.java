package com.focusflow.api.health;

/** How well something works, from best to worst. In JSON it appears by name: {@code "UP"}. */
public enum HealthStatus {
    /** Works fully. */
    UP,
    /** Works partly, e.g. app blocking works but website blocking lacks permission, or no display. */
    DEGRADED,
    /**
     * Not ready yet: the framework has not reached its final start level, or a FocusFlow bundle is not
     * active or one of its components not satisfied yet. The overall status of a report during the
     * start, of its {@code startup} items that say what the start still waits for, and of a part that is
     * still getting ready, e.g. a database opening.
     */
    STARTING,
    /** Does not work. */
    DOWN;

    /** The worse of this and {@code other}; null counts as {@link #UP}. */
    public HealthStatus worst(HealthStatus other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
