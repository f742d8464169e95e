package com.focusflow.api.health;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reports the health of one bundle's parts; registered as an OSGi service (whiteboard) by each bundle that
 * can be degraded, e.g. blocking ("no permission to write the hosts file") or the UI ("headless").
 * A contributor that throws is reported as {@code DOWN}.
 */
@ConsumerType
public interface HealthContributor {
    /** The current health items; cheap (called on every health request) and never blocking. */
    List<HealthItem> health();
}
