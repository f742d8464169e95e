package com.focusflow.blocking.internal.hosts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.blocking.internal.engage.BundleStops;
import com.focusflow.hosts.DnsFlush;

/**
 * The website blocker: FocusFlow's block in the hosts file while engaged, checked every few seconds and
 * put back if edited away ({@link BlockingTopics#TAMPERED}), written directly or through the privileged
 * helper ({@link HostsRouter}). The route is checked at start, on every block-list change and on every
 * configuration change, so that health shows a missing helper before a session. Across an update of this
 * bundle the block stays; when the bundle is stopped for good it is removed. Immediate, so that it is not
 * disposed (and its block removed) whenever the controller lets go of it.
 */
@Component(service = { Blocker.class, EventHandler.class }, configurationPid = HostsBlocker.PID, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + BlockingTopics.BLOCKLIST_CHANGED)
@Designate(ocd = HostsConfig.class)
public final class HostsBlocker implements Blocker, EventHandler {

    public static final String PID = "com.focusflow.blocking.hosts";

    private static final Logger LOG = LoggerFactory.getLogger(HostsBlocker.class);
    /**
     * Framework or system property with the hosts file to use when the configuration names none: lets a
     * test run or a trial launch point FocusFlow at a scratch file before anything starts.
     */
    public static final String PATH_PROPERTY = "focusflow.blocking.hosts";
    /**
     * Framework or system property with a command (words separated by blanks) run instead of the system's
     * DNS flush when {@code flushDns} is on: a resolver of the user's own, or a test's recorder, so that no
     * test flushes the real system's cache.
     */
    public static final String FLUSH_COMMAND_PROPERTY = "focusflow.blocking.dnsFlushCommand";

    private final BundleContext context;
    private final EventAdmin events;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "FocusFlow hosts guard");
        t.setDaemon(true);
        return t;
    });
    private final WrittenPaths written;
    private volatile HostsRouter router;
    private BlockSet engagedSet; // guarded by this

    @Activate
    public HostsBlocker(BundleContext context, HostsConfig config, @Reference EventAdmin events) {
        this.context = context;
        this.events = events;
        java.io.File data = context.getDataFile("hosts-files-written");
        this.written = data == null ? null : new WrittenPaths(data.toPath());
        this.router = router(config);
        thread.execute(() -> {
            if (written != null) {
                written.cleanAllBut(router.settings().path());
            }
            router.probe();
        });
    }

    @Modified
    synchronized void modified(HostsConfig config) {
        HostsRouter old = router;
        router = router(config);
        if (engagedSet != null) {
            if (!old.settings().path().equals(router.settings().path())) {
                old.disengage();
            } else {
                old.stop(true);
            }
            engage(engagedSet);
        } else {
            thread.execute(router::probe);
        }
    }

    /** The block-list changed: check the route again even without a session (the controller re-engages during one). */
    @Override
    public void handleEvent(Event event) {
        try {
            thread.execute(() -> router.probe());
        } catch (RejectedExecutionException e) {
            LOG.debug("Block-list change not probed: the hosts blocker is stopping"); // an event still in flight
        }
    }

    @Deactivate
    synchronized void deactivate(int reason) {
        boolean keep = BundleStops.keepsBlocks(context, reason);
        LOG.debug("Hosts blocker deactivated (reason {}); {} its block", reason, keep ? "keeping" : "removing");
        stop(router, thread, keep);
    }

    /**
     * Removes the block (unless {@code keep}) before the thread stops, so that the DNS flush the removal
     * submits still runs; then lets the thread finish what was submitted (issue 20: a flush submitted to a
     * thread already shut down failed with RejectedExecutionException).
     */
    static void stop(HostsRouter router, ScheduledExecutorService thread, boolean keep) {
        router.stop(keep);
        thread.shutdown();
    }

    @Override
    public String name() {
        return HostsGuard.NAME;
    }

    @Override
    public synchronized void engage(BlockSet set) {
        engagedSet = set;
        router.engage(set);
    }

    @Override
    public synchronized void disengage() {
        engagedSet = null;
        router.disengage();
    }

    @Override
    public BlockerHealth health() {
        return router.health();
    }

    private HostsRouter router(HostsConfig config) {
        return new HostsRouter(HostsSettings.of(config, context.getProperty(PATH_PROPERTY)), thread,
                flush(context.getProperty(FLUSH_COMMAND_PROPERTY)), this::tampered, written);
    }

    private static Runnable flush(String command) {
        if (command == null || command.isBlank()) {
            return DnsFlush::run;
        }
        List<String> words = List.of(command.strip().split("\\s+"));
        return () -> DnsFlush.run(words);
    }

    private void tampered() {
        events.postEvent(new Event(BlockingTopics.TAMPERED,
                Map.of(BlockingTopics.PROP_BLOCKER, HostsGuard.NAME, BlockingTopics.PROP_TIME, Instant.now())));
    }
}
