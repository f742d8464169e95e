package com.focusflow.api.health;

import java.util.List;
import java.util.Objects;

/**
 * The overall health: {@code {"status": "DEGRADED", "items": [{"name": ..., "status": ..., "message": ...}]}}.
 *
 * @param status the worst status of the items; {@code UP} if there are none
 * @param items every item, in a stable order
 */
public record HealthReport(HealthStatus status, List<HealthItem> items) {
    /** Copies the list; rejects a null status. */
    public HealthReport {
        Objects.requireNonNull(status, "status");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** A report whose status is the worst of the items' statuses (worst wins). */
    public static HealthReport of(List<HealthItem> items) {
        HealthStatus status = HealthStatus.UP;
        for (HealthItem item : items) {
            status = status.worst(item.status());
        }
        return new HealthReport(status, items);
    }

    /** A report while FocusFlow is still starting: {@link HealthStatus#STARTING}, whatever the items say. */
    public static HealthReport starting(List<HealthItem> items) {
        return new HealthReport(HealthStatus.STARTING, items);
    }
}
