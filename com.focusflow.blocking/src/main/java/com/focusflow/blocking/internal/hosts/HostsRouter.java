package com.focusflow.blocking.internal.hosts;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.hosts.HostsFile;

/**
 * Chooses the route for each engage: {@link Route#DIRECT} when FocusFlow may write the hosts file itself,
 * else {@link Route#HELPER} when the helper's socket answers, else {@link Route#NONE} (degraded, with the
 * steps to install the helper). The route is also probed without a session ({@link #probe()}: at start,
 * on block-list and configuration changes), so a user learns about a missing helper before a session.
 * Plain object: {@link HostsBlocker} gives it its thread, settings and tamper callback.
 */
final class HostsRouter {

    private static final Logger LOG = LoggerFactory.getLogger(HostsRouter.class);
    /** While no route works, look for one every this many checks. */
    private static final int PROBE_EVERY = 5;

    private final HostsSettings settings;
    private final ScheduledExecutorService thread;
    private final HostsGuard direct;
    private final HelperRoute helper; // null without a helper socket
    private final WrittenPaths written;
    private BlockSet engagedSet; // guarded by this
    private Route active; // the route holding the block, guarded by this
    private ScheduledFuture<?> checks; // guarded by this
    private int probes; // guarded by this
    private volatile Route route = Route.NONE;
    private volatile BlockerHealth idleHealth = BlockerHealth.up(HostsGuard.NAME);

    /** @param written where the files that got a block are remembered, or null */
    HostsRouter(HostsSettings settings, ScheduledExecutorService thread, Runnable flush, Runnable onTamper,
            WrittenPaths written) {
        this.settings = settings;
        this.written = written;
        this.thread = thread;
        this.direct = new HostsGuard(new HostsFile(settings.path()), settings.flushDns() ? flush : null, thread::execute,
                onTamper);
        this.helper = settings.helperSocket() == null ? null : new HelperRoute(settings.helperSocket(), settings.path());
    }

    HostsSettings settings() {
        return settings;
    }

    /** Finds the route a block would take now; without a block, a missing route shows as DEGRADED health. */
    synchronized Route probe() {
        Route now = direct.file().writable() ? Route.DIRECT : helper != null && helper.available() ? Route.HELPER : Route.NONE;
        if (now != route) {
            LOG.info("Website blocking route for {}: {}", settings.path(), now.value());
        }
        route = now;
        idleHealth = now == Route.NONE
                ? new BlockerHealth(HostsGuard.NAME, HealthStatus.DEGRADED, noRoute().getMessage(), now.value())
                : new BlockerHealth(HostsGuard.NAME, HealthStatus.UP, null, now.value());
        return now;
    }

    synchronized void engage(BlockSet set) {
        engagedSet = set;
        if (checks == null || checks.isDone()) {
            checks = thread.scheduleWithFixedDelay(this::check, settings.checkSeconds(), settings.checkSeconds(),
                    TimeUnit.SECONDS);
        }
        Route chosen = probe();
        if (active != null && active != chosen) {
            release(active);
        }
        active = chosen;
        switch (chosen) {
            case DIRECT -> {
                if (written != null) {
                    written.add(settings.path());
                }
                direct.engage(set);
            }
            case HELPER -> helper.engage(set);
            case NONE -> throw noRoute();
        }
    }

    /** Removes the block wherever it may be: a block a crash left behind may sit on either route. */
    synchronized void disengage() {
        engagedSet = null;
        if (checks != null) {
            checks.cancel(false);
            checks = null;
        }
        Route was = active;
        active = null;
        Route now = probe();
        if (was != null) {
            release(was);
        } else if (now != Route.NONE) {
            release(now);
        }
    }

    /** Called on the blocker's thread every few seconds while engaged. */
    synchronized void check() {
        if (engagedSet == null) {
            return;
        }
        if (active == Route.DIRECT) {
            direct.check();
        } else if (active == Route.HELPER) {
            helper.check();
        }
        // Another route may have become possible: a helper installed meanwhile, or write access granted.
        // Probing may ask the helper (which logs each request), so only every few checks; a file that became
        // writable again (it was missing for a moment) costs no request, so it is looked for on every check.
        boolean stuck = active == Route.NONE || (active == Route.DIRECT && direct.health().health() != HealthStatus.UP);
        if (stuck && (++probes % PROBE_EVERY == 0 || active == Route.NONE && direct.file().writable())) {
            Route now = probe();
            if (now != active && now != Route.NONE) {
                try {
                    engage(engagedSet);
                    LOG.info("Websites are blocked again, now through the {} route", now.value());
                } catch (FocusFlowException e) {
                    LOG.debug("The {} route still fails: {}", now.value(), e.getMessage());
                }
            }
        }
    }

    BlockerHealth health() {
        Route holding;
        synchronized (this) {
            holding = active;
        }
        if (holding == null) {
            return idleHealth;
        }
        BlockerHealth own = switch (holding) {
            case DIRECT -> direct.health();
            case HELPER -> helper.health();
            case NONE -> idleHealth;
        };
        return new BlockerHealth(own.name(), own.health(), own.message(), holding.value());
    }

    /** Stops the checks; removes the block unless {@code keep}. Nothing is scheduled afterwards. */
    synchronized void stop(boolean keep) {
        if (checks != null) {
            checks.cancel(false);
            checks = null;
        }
        if (!keep) {
            disengage();
        }
    }

    private void release(Route on) {
        switch (on) {
            case DIRECT -> direct.disengage();
            case HELPER -> helper.disengage();
            case NONE -> direct.disengage(); // nothing to write unless a block is there and writable
        }
    }

    private FocusFlowException noRoute() {
        String why = helper == null ? "the file is not writable for FocusFlow and no helper socket is configured"
                : "the file is not writable for FocusFlow and FocusFlow's helper does not answer at " + helper.socket();
        return HostsErrors.permissionDenied(settings.path(), why);
    }
}
