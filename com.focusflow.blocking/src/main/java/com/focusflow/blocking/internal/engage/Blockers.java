package com.focusflow.blocking.internal.engage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.health.HealthStatus;

/**
 * The registered {@link Blocker}s and what went wrong with each. A failing blocker never stops the
 * others: its failure is remembered and shown as its health until it next succeeds. Callers must call
 * the blockers from one thread at a time (the controller's).
 */
final class Blockers {

    private static final Logger LOG = LoggerFactory.getLogger(Blockers.class);

    private final List<Blocker> all = new CopyOnWriteArrayList<>();
    private final Map<Blocker, BlockerHealth> failures = new ConcurrentHashMap<>();

    void add(Blocker blocker) {
        all.add(blocker);
    }

    void remove(Blocker blocker) {
        all.remove(blocker);
        failures.remove(blocker);
    }

    List<Blocker> all() {
        return List.copyOf(all);
    }

    void engage(Blocker blocker, BlockSet set) {
        try {
            blocker.engage(set);
            failures.remove(blocker);
        } catch (FocusFlowException e) {
            LOG.warn("Blocker {} cannot block: {}", nameOf(blocker), e.getMessage());
            // A blocker that reports the failure itself also reports its recovery (e.g. the hosts file
            // written once the disk has space again); only a silent one needs the failure remembered.
            if (healthOf(blocker).health() == HealthStatus.UP) {
                failures.put(blocker, new BlockerHealth(nameOf(blocker), HealthStatus.DEGRADED, e.getMessage()));
            }
        } catch (RuntimeException e) {
            LOG.error("Blocker {} failed to engage", nameOf(blocker), e);
            failures.put(blocker, new BlockerHealth(nameOf(blocker), HealthStatus.DOWN, "failed to engage: " + e));
        }
    }

    void disengage(Blocker blocker) {
        try {
            blocker.disengage();
            failures.remove(blocker);
        } catch (RuntimeException e) {
            LOG.error("Blocker {} failed to disengage", nameOf(blocker), e);
        }
    }

    /** Each blocker's health, ordered by name; a remembered failure wins over a healthy self-report. */
    List<BlockerHealth> health() {
        return all.stream().map(this::healthOf).sorted(Comparator.comparing(BlockerHealth::name)).toList();
    }

    private BlockerHealth healthOf(Blocker blocker) {
        BlockerHealth own;
        try {
            own = blocker.health();
        } catch (RuntimeException e) {
            own = new BlockerHealth(nameOf(blocker), HealthStatus.DOWN, "health check failed: " + e);
        }
        BlockerHealth failure = failures.get(blocker);
        return failure != null && failure.health().compareTo(own.health()) > 0 ? failure : own;
    }

    private static String nameOf(Blocker blocker) {
        try {
            return blocker.name();
        } catch (RuntimeException e) {
            return blocker.getClass().getName();
        }
    }
}
