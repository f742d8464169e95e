package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderService;
import com.focusflow.api.sync.SyncFolderStatus;
import com.focusflow.api.sync.SyncService;
import com.focusflow.support.concurrent.OwnThreads;
import com.focusflow.sync.internal.SyncSections;

/**
 * Runs the folder sync: this device's files are written a moment after a local change (a session ended,
 * an import, the block list or a setting changed), the folder is merged when it changes (a watch) and on
 * a timer. All the work happens on one thread, so a write and a merge never overlap. Off while no folder
 * is configured. Immediate: its timer and watch must run whether or not anyone uses its services (a delayed
 * component was left inactive after a configuration update until something asked for it).
 */
@Component(service = { SyncFolderService.class, HealthContributor.class, EventHandler.class, ConfigurationListener.class },
        configurationPid = SyncFolderService.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true,
        property = {
            EventConstants.EVENT_TOPIC + "=" + SessionTopics.ENDED,
            EventConstants.EVENT_TOPIC + "=" + SessionTopics.IMPORTED,
            EventConstants.EVENT_TOPIC + "=" + BlockingTopics.BLOCKLIST_CHANGED })
@Designate(ocd = FolderConfig.class)
public final class SyncFolderComponent implements SyncFolderService, HealthContributor, EventHandler, ConfigurationListener {

    static final String HEALTH_ITEM = "sync.folder";
    static final String DATA_DIR_PROPERTY = "focusflow.home";

    private static final Logger LOG = LoggerFactory.getLogger(SyncFolderComponent.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final FolderSync sync;
    private final String configProblem;
    private final FolderConfig config;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean writeQueued = new AtomicBoolean();
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private final ChangedMonths changed = new ChangedMonths();
    private FolderWatch watch;

    @Activate
    public SyncFolderComponent(BundleContext context, FolderConfig config, @Reference SyncSections sections,
            @Reference SyncService importer) throws IOException {
        this.config = config;
        String name = config.deviceName().isBlank() ? hostName() : config.deviceName().strip();
        configProblem = config.path().isBlank() ? null : checked(config.path().strip(), name);
        if (config.path().isBlank() || configProblem != null) {
            sync = null;
            executor = null;
            if (configProblem != null) {
                LOG.warn("Sync folder off: {}", configProblem);
            }
            return;
        }
        Path folder = Path.of(config.path().strip());
        Path dataDir = dataDir(context);
        String id = DeviceId.loadOrCreate(dataDir);
        sync = new FolderSync(new FolderSync.Settings(folder, dataDir, id, name, Duration.ofMillis(config.settleMillis()),
                config.maxFileMegabytes() * 1024L * 1024L), sections, importer, Clock.systemUTC(), System::nanoTime);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "focusflow-sync-folder");
            t.setDaemon(true);
            return t;
        });
        executor.execute(() -> guarded("write", sync::writeOwn));
        executor.scheduleWithFixedDelay(this::scanNow, 0, config.rescanSeconds(), TimeUnit.SECONDS);
        LOG.info("Sync folder {} on as device '{}' ({})", folder, name, id);
    }

    /** @return what is wrong with the settings, naming the field, or null */
    static String checked(String path, String deviceName) {
        try {
            if (!Path.of(path).isAbsolute()) {
                return "path: the sync folder must be an absolute path, was " + path;
            }
        } catch (java.nio.file.InvalidPathException e) {
            return "path: not a path on this system: " + e.getMessage();
        }
        if (!DeviceFile.plausibleName(deviceName)) {
            return "deviceName: must be 1 to " + DeviceFile.MAX_NAME_LENGTH + " printable characters";
        }
        return null;
    }

    private static Path dataDir(BundleContext context) {
        String home = context.getProperty(DATA_DIR_PROPERTY);
        return home == null || home.isBlank() ? context.getDataFile("").toPath() : Path.of(home);
    }

    private static String hostName() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return DeviceFile.plausibleName(host) ? host : "FocusFlow";
        } catch (IOException e) {
            return "FocusFlow";
        }
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            OwnThreads.stopOrWarn(executor, STOP_PATIENCE, "The sync folder's thread");
            if (watch != null) {
                watch.close();
            }
        }
    }

    @Override
    public SyncFolderStatus status() {
        if (sync != null) {
            return sync.status();
        }
        return new SyncFolderStatus(configProblem != null, configProblem == null ? null : config.path(), null, null,
                configProblem, List.of());
    }

    @Override
    public List<HealthItem> health() {
        SyncFolderStatus now = status();
        if (!now.enabled()) {
            return List.of(HealthItem.up(HEALTH_ITEM));
        }
        if (now.problem() != null) {
            return List.of(new HealthItem(HEALTH_ITEM, HealthStatus.DEGRADED, now.problem()));
        }
        return now.peers().stream().map(SyncDevice::lastError).filter(java.util.Objects::nonNull).findFirst()
                .map(error -> List.of(new HealthItem(HEALTH_ITEM, HealthStatus.DEGRADED, "a file of another device is not "
                        + "merged: " + error))).orElse(List.of(HealthItem.up(HEALTH_ITEM)));
    }

    /** A local change: write this device's files a moment later, together with the changes that follow. */
    @Override
    public void handleEvent(Event event) {
        changed.add(event);
        requestWrite();
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (!SyncFolderService.PID.equals(event.getPid())) {
            requestWrite();
        }
    }

    private void requestWrite() {
        if (executor != null && writeQueued.compareAndSet(false, true)) {
            submit(() -> {
                writeQueued.set(false);
                Set<YearMonth> months = changed.take();
                guarded("write", () -> sync.writeOwn(months));
            }, config.writeDelayMillis());
        }
    }

    private void requestScan(long delayMillis) {
        if (scanQueued.compareAndSet(false, true)) {
            submit(() -> {
                scanQueued.set(false);
                scanNow();
            }, delayMillis);
        }
    }

    private void scanNow() {
        guarded("scan", () -> {
            if (watch == null || !watch.alive()) {
                Path folder = Path.of(config.path().strip());
                watch = java.nio.file.Files.isDirectory(folder) ? FolderWatch.start(folder, () -> requestScan(200)) : null;
            }
            if (sync.scan()) {
                requestScan(Math.max(200, config.settleMillis()));
            }
            return true;
        });
    }

    private void submit(Runnable task, long delayMillis) {
        try {
            executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // deactivated meanwhile: nothing left to do
        }
    }

    private interface Task {
        boolean run();
    }

    /** A task that fails must not end the timer; the next change or tick tries again. */
    private static void guarded(String what, Task task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("Sync folder: the {} failed", what, e);
        }
    }
}
