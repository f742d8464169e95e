package com.focusflow.api.health;

/** How well something works, from best to worst. In JSON it appears by name: {@code "UP"}. */
public enum HealthStatus {
    /** Works fully. */
    UP,
    /** Works partly, e.g. app blocking works but website blocking lacks permission, or no display. */
    DEGRADED,
    /** Does not work. */
    DOWN;

    /** The worse of this and {@code other}; null counts as {@link #UP}. */
    public HealthStatus worst(HealthStatus other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
