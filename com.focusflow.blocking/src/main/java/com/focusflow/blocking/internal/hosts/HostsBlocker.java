package com.focusflow.blocking.internal.hosts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.blocking.internal.engage.BundleStops;

/**
 * The website blocker: FocusFlow's block in the hosts file while engaged, checked every few seconds and
 * put back if edited away ({@link BlockingTopics#TAMPERED}). Writes nothing until it is first engaged.
 * Across an update of this bundle the block stays; when the bundle is stopped for good it is removed.
 * Immediate, so that it is not disposed (and its block removed) whenever the controller lets go of it.
 */
@Component(service = Blocker.class, configurationPid = HostsBlocker.PID, immediate = true)
@Designate(ocd = HostsConfig.class)
public final class HostsBlocker implements Blocker {

    public static final String PID = "com.focusflow.blocking.hosts";

    private static final Logger LOG = LoggerFactory.getLogger(HostsBlocker.class);
    /**
     * Framework or system property with the hosts file to use when the configuration names none: lets a
     * test run or a trial launch point FocusFlow at a scratch file before anything starts.
     */
    public static final String PATH_PROPERTY = "focusflow.blocking.hosts";

    private final BundleContext context;
    private final EventAdmin events;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "FocusFlow hosts guard");
        t.setDaemon(true);
        return t;
    });
    private volatile HostsGuard guard;
    private volatile int checkSeconds;
    private BlockSet engagedSet; // guarded by this
    private ScheduledFuture<?> checks; // guarded by this

    @Activate
    public HostsBlocker(BundleContext context, HostsConfig config, @Reference EventAdmin events) {
        this.context = context;
        this.events = events;
        configure(config);
    }

    @Modified
    synchronized void modified(HostsConfig config) {
        HostsGuard old = guard;
        configure(config);
        if (engagedSet != null) {
            if (!old.file().path().equals(guard.file().path())) {
                old.disengage();
            }
            engage(engagedSet);
        }
    }

    @Deactivate
    synchronized void deactivate(int reason) {
        thread.shutdownNow();
        boolean keep = BundleStops.keepsBlocks(context, reason);
        LOG.debug("Hosts blocker deactivated (reason {}); {} its block", reason, keep ? "keeping" : "removing");
        if (!keep) {
            guard.disengage();
        }
    }

    @Override
    public String name() {
        return HostsGuard.NAME;
    }

    @Override
    public synchronized void engage(BlockSet set) {
        engagedSet = set;
        if (checks == null || checks.isDone()) {
            checks = thread.scheduleWithFixedDelay(() -> guard.check(), checkSeconds, checkSeconds, TimeUnit.SECONDS);
        }
        guard.engage(set);
    }

    @Override
    public synchronized void disengage() {
        engagedSet = null;
        if (checks != null) {
            checks.cancel(false);
            checks = null;
        }
        guard.disengage();
    }

    @Override
    public BlockerHealth health() {
        return guard.health();
    }

    private void configure(HostsConfig config) {
        checkSeconds = Math.max(1, Math.min(60, config.checkSeconds()));
        Path path = HostsPaths.choose(config.path(), context.getProperty(PATH_PROPERTY));
        guard = new HostsGuard(new HostsFile(path), config.flushDns(), thread::execute, this::tampered);
        if (checks != null) {
            checks.cancel(false);
            checks = thread.scheduleWithFixedDelay(() -> guard.check(), checkSeconds, checkSeconds, TimeUnit.SECONDS);
        }
    }

    private void tampered() {
        events.postEvent(new Event(BlockingTopics.TAMPERED,
                Map.of(BlockingTopics.PROP_BLOCKER, HostsGuard.NAME, BlockingTopics.PROP_TIME, Instant.now())));
    }
}
