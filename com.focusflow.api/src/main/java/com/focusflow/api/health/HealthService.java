package com.focusflow.api.health;

import org.osgi.annotation.versioning.ProviderType;

/**
 * FocusFlow's overall health: one item per FocusFlow bundle (not active is {@code DOWN}), one per FocusFlow
 * DS component that is not satisfied, and the items of every {@link HealthContributor}, combined with
 * worst-wins; {@link HealthStatus#STARTING} until FocusFlow has started completely. Used by the health endpoint, the Web Console plugin and the UI.
 */
@ProviderType
public interface HealthService {
    /** The current report, reused for a moment (at most the health bundle's cache time, 0.5 s); never throws. */
    HealthReport report();
}
