package com.focusflow.blocking.internal.process;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.notify.Notification;
import com.focusflow.api.notify.Notifier;
import com.focusflow.blocking.internal.list.AppNames;
import com.focusflow.support.concurrent.OwnThreads;

/**
 * The app blocker: a {@link ProcessWatcher} on its own thread, warning through every {@link Notifier} and
 * posting {@link BlockingTopics#APP_BLOCKED} for each app it closes. Nothing heavy (no process source) is
 * created before blocking first engages.
 */
@Component(service = Blocker.class, configurationPid = ProcessBlocker.PID, immediate = true)
@Designate(ocd = ProcessConfig.class)
public final class ProcessBlocker implements Blocker, ProcessWatcher.Listener {

    public static final String PID = "com.focusflow.blocking.process";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessBlocker.class);

    private final EventAdmin events;
    private final List<Notifier> notifiers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "FocusFlow process watcher");
        t.setDaemon(true);
        return t;
    });
    private final ProcessWatcher watcher;
    private volatile String source;
    private volatile List<String> users;

    @Activate
    public ProcessBlocker(ProcessConfig config, @Reference EventAdmin events) {
        this.events = events;
        this.source = config.source();
        this.users = users(config);
        this.watcher = new ProcessWatcher(() -> ProcessSources.create(source, users), thread, this, interval(config),
                grace(config));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addNotifier(Notifier notifier) {
        notifiers.add(notifier);
    }

    void removeNotifier(Notifier notifier) {
        notifiers.remove(notifier);
    }

    @Modified
    void modified(ProcessConfig config) {
        watcher.reconfigure(interval(config), grace(config));
        if (!config.source().equals(source) || !users(config).equals(users)) {
            source = config.source();
            users = users(config);
            watcher.sourceChanged();
        }
    }

    @Deactivate
    void deactivate() {
        // A tick still running when a refresh follows an update would fail in the old class loader (CI saw
        // NoClassDefFoundError) or close an app after blocking ended: it is interrupted and awaited here.
        OwnThreads.stopOrWarn(thread, OwnThreads.PATIENCE, "The process watcher's thread");
    }

    @Override
    public String name() {
        return ProcessWatcher.NAME;
    }

    @Override
    public void engage(BlockSet set) {
        Set<String> keys = new HashSet<>();
        set.apps().forEach(app -> keys.add(AppNames.key(app)));
        watcher.engage(keys);
    }

    @Override
    public void disengage() {
        watcher.disengage();
    }

    @Override
    public BlockerHealth health() {
        return watcher.health();
    }

    @Override
    public void warned(ProcessInfo process, String blockedName, Duration grace) {
        Notification warning = Notification.warning(Notification.APP_WARNING, "Closing " + blockedName,
                blockedName + " is blocked during your focus session and will be closed in " + grace.toSeconds() + " s.");
        for (Notifier notifier : notifiers) {
            try {
                notifier.post(warning);
            } catch (RuntimeException e) {
                LOG.warn("Notifier {} failed", notifier.getClass().getName(), e);
            }
        }
    }

    @Override
    public void closed(ProcessInfo process, String blockedName) {
        events.postEvent(new Event(BlockingTopics.APP_BLOCKED, Map.of(BlockingTopics.PROP_NAME, blockedName,
                BlockingTopics.PROP_PID, process.pid(), BlockingTopics.PROP_TIME, Instant.now())));
    }

    private static List<String> users(ProcessConfig config) {
        return config.users() == null ? List.of() : List.of(config.users());
    }

    static Duration interval(ProcessConfig config) {
        return Duration.ofSeconds(clamp(config.intervalSeconds(), ProcessConfig.MIN_INTERVAL, ProcessConfig.MAX_INTERVAL));
    }

    static Duration grace(ProcessConfig config) {
        return Duration.ofSeconds(clamp(config.graceSeconds(), 0, ProcessConfig.MAX_GRACE));
    }

    private static int clamp(int value, int min, int max) {
        if (value < min || value > max) {
            LOG.warn("Configuration {}: {} is outside {}..{}; using {}", PID, value, min, max,
                    Math.max(min, Math.min(max, value)));
        }
        return Math.max(min, Math.min(max, value));
    }
}
