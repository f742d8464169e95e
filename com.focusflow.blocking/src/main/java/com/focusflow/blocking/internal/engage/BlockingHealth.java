package com.focusflow.blocking.internal.engage;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;

/**
 * One health item per blocker, e.g. {@code blocking.hosts} DEGRADED with the steps to install the helper;
 * a blocker with routes names its route first ({@code route helper}).
 */
@Component
public final class BlockingHealth implements HealthContributor {

    private final BlockingService blocking;

    @Activate
    public BlockingHealth(@Reference BlockingService blocking) {
        this.blocking = blocking;
    }

    @Override
    public List<HealthItem> health() {
        return blocking.status().blockers().stream()
                .map(b -> new HealthItem("blocking." + b.name(), b.health(), message(b)))
                .toList();
    }

    private static String message(BlockerHealth b) {
        if (b.route() == null) {
            return b.message();
        }
        return "route " + b.route() + (b.message() == null ? "" : ": " + b.message());
    }
}
