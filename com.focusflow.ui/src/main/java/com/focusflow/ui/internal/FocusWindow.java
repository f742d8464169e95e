package com.focusflow.ui.internal;

import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.AnalyticsTopics;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.notify.Notification;
import com.focusflow.api.notify.Notifier;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleTopics;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.sync.SyncFolderService;
import com.focusflow.api.sync.SyncFolderStatus;
import com.focusflow.ui.internal.model.BlockListViewModel;
import com.focusflow.ui.internal.model.PomodoroViewModel;
import com.focusflow.ui.internal.model.SessionViewModel;
import com.focusflow.ui.internal.model.StartAtLoginViewModel;
import com.focusflow.ui.internal.model.Settings;
import com.focusflow.ui.internal.model.TodayViewModel;
import com.focusflow.ui.internal.model.UiThreads;
import com.focusflow.ui.internal.notify.Chime;
import com.focusflow.ui.internal.notify.DbusNotifier;
import com.focusflow.ui.internal.notify.NotificationRouter;
import com.focusflow.ui.internal.settings.ConfigAdminSettings;
import com.focusflow.ui.internal.schedule.SchedulesViewModel;
import com.focusflow.ui.internal.tray.Tray;
import com.focusflow.ui.internal.tray.TrayHost;
import com.focusflow.ui.internal.view.MainWindow;
import com.focusflow.ui.internal.view.SyncStatusLine;
import com.focusflow.ui.internal.view.Theme;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window, the tray icon and the desktop {@link Notifier}. Disabled until {@link UiStarter} has the
 * JavaFX toolkit running; deactivated (bundle stopped or updated) it closes its window and tray icon, and
 * the next activation opens them again on the running toolkit. Every service it shows is optional and
 * dynamic: a panel whose service is gone says so and comes back by itself. Session, block-list,
 * blocking and analytics events refresh the panels, so a session started from the shell, over HTTP or by
 * the Pomodoro timer shows at once; blockers' health, which no event announces, is read every second.
 *
 * <p>Also the launcher's "show" action ({@code java.lang.Runnable} with {@value #LAUNCHER_ACTION}{@code =show}):
 * a second launch of FocusFlow brings this window forward instead of starting another engine. Closing the
 * window during a session hides it with a notification saying FocusFlow keeps running; it never quits
 * then. The window's size, position and theme are saved in this component's own configuration. As a Config
 * Admin {@link ConfigurationListener} it keeps the "Start at login" switch, the Pomodoro settings and the daily
 * goal in step with their configurations.
 */
@Component(name = FocusWindow.NAME, enabled = false, immediate = true, configurationPid = FocusWindow.NAME,
        service = { EventHandler.class, Notifier.class, Runnable.class, ConfigurationListener.class },
        property = { EventConstants.EVENT_TOPIC + "=" + SessionTopics.ALL,
                EventConstants.EVENT_TOPIC + "=" + BlockingTopics.ALL,
                EventConstants.EVENT_TOPIC + "=" + BlockingTopics.BLOCKLIST_CHANGED,
                EventConstants.EVENT_TOPIC + "=" + AnalyticsTopics.UPDATED,
                EventConstants.EVENT_TOPIC + "=" + ScheduleTopics.ALL,
                FocusWindow.LAUNCHER_ACTION + "=show" })
@Designate(ocd = WindowConfig.class)
public final class FocusWindow implements EventHandler, Notifier, Runnable, ConfigurationListener {
    static final String NAME = "com.focusflow.ui.window";
    static final String LAUNCHER_ACTION = "focusflow.launcher.action";
    /** Where the embedded AtlantaFX style sheets are (bnd.bnd -includeresource). */
    private static final String THEMES = "atlantafx/base/theme/";
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    private static final long HEALTH_POLL_MILLIS = 1000;
    private static final long STARTUP_SETTLE_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(FocusWindow.class);

    // One daemon thread for service calls, desktop notifications and the health poll: FocusFlow idles.
    private final ScheduledExecutorService worker = worker();
    private final UiThreads threads = new UiThreads(worker, Platform::runLater);
    private final SessionViewModel session = new SessionViewModel(threads, System::nanoTime, Clock.systemDefaultZone());
    private final BlockListViewModel blocks = new BlockListViewModel(threads);
    private final TodayViewModel today = new TodayViewModel(threads, Clock.systemDefaultZone());
    private final PomodoroViewModel pomodoro = new PomodoroViewModel(threads);
    private final StartAtLoginViewModel startAtLogin = new StartAtLoginViewModel(threads);
    private final ServiceSlot<SessionService> sessions = new ServiceSlot<>(s -> {
        session.serviceChanged(s);
        today.sessionsChanged(s);
    });
    private final ServiceSlot<BlockListService> blockList = new ServiceSlot<>(blocks::listServiceChanged);
    private final ServiceSlot<BlockingService> blocking = new ServiceSlot<>(blocks::blockingServiceChanged);
    private final ServiceSlot<AnalyticsService> analytics = new ServiceSlot<>(today::analyticsChanged);
    private final ServiceSlot<ConfigurationAdmin> configAdmin = new ServiceSlot<>(admin -> {
        Settings settings = admin == null ? null : new ConfigAdminSettings(admin);
        today.settingsChanged(settings);
        pomodoro.settingsChanged(settings);
        startAtLogin.settingsChanged(settings);
    });
    private final SchedulesViewModel schedules = new SchedulesViewModel(threads, Clock.systemUTC());
    private final ServiceSlot<ScheduleService> scheduleService = new ServiceSlot<>(schedules::serviceChanged);

    private final Bundle framework;
    private final DbusNotifier desktop;
    private final NotificationRouter notifications;
    private volatile WindowConfig config;
    // Written once on the FX thread (window) or in activate (tray), read from any thread.
    private volatile MainWindow window;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SyncFolderService syncFolder;
    private volatile Optional<Tray> tray = Optional.empty();
    private volatile boolean closed;

    @Activate
    public FocusWindow(BundleContext context, WindowConfig config) {
        this.config = config;
        framework = context.getBundle(0);
        Bundle bundle = context.getBundle();
        Theme theme = new Theme(bundle.getEntry(THEMES + "primer-light.css"), bundle.getEntry(THEMES + "primer-dark.css"),
                bundle.getEntry("theme/app.css"));
        List<URL> icons = ICON_SIZES.stream().map(size -> bundle.getEntry("icons/focusflow-" + size + ".png")).toList();
        desktop = new DbusNotifier(iconFile(context, bundle));
        if (config.tray() && TrayHost.worthTrying()) {
            tray = Tray.install(new TrayActions());
            TrayHost.exitOnceOnDisplayLoss(); // AWT's X toolkit now runs beside GTK's
        } else if (config.tray()) {
            LOG.info("No system tray on this desktop: notifications go to the desktop or inside the window");
        }
        Optional<Consumer<Notification>> trayMessages = tray.map(t -> t::notify);
        notifications = new NotificationRouter(new RouterWindow(), desktop, trayMessages, worker,
                (millis, task) -> worker.schedule(task, millis, TimeUnit.MILLISECONDS));
        session.runningProperty().addListener((o, old, running) -> tray.ifPresent(t -> t.showRunning(running)));
        worker.scheduleWithFixedDelay(blocks::pollHealth, HEALTH_POLL_MILLIS, HEALTH_POLL_MILLIS, TimeUnit.MILLISECONDS);
        // The countdown's second, from the worker rather than a JavaFX Timeline: a running animation keeps the
        // toolkit pulsing 60 times a second, this asks for one pulse a second and none while no session runs.
        worker.scheduleAtFixedRate(() -> Platform.runLater(session::tick), 1, 1, TimeUnit.SECONDS);
        Platform.runLater(() -> {
            if (closed) {
                return;
            }
            try {
                WindowIdentity.apply();
                blocks.lockedProperty().bind(session.strictRunningProperty());
                blocks.lockedUntilProperty().bind(session.endsAtProperty());
                window = MainWindow.open(session, blocks, today, pomodoro, schedules, startAtLogin, theme,
                        geometry(config), icons, this::closeRequested, this::saveGeometry);
                window.footer(SyncStatusLine.create(this::syncStatus));
                // Started at login (--hidden, start at login): only the tray icon; without a tray the window stays.
                if (Boolean.getBoolean("focusflow.hidden") && tray.isPresent()) {
                    window.hide();
                }
                LOG.info("FocusFlow window open");
                worker.schedule(this::releaseStartupLeftovers, STARTUP_SETTLE_SECONDS, TimeUnit.SECONDS);
            } catch (RuntimeException e) {
                LOG.error("The window could not be opened", e); // a bug: everything else goes on
            }
        });
    }

    /** Once start-up has settled (the sessions' database opens beside the window), its leftovers go back. */
    private void releaseStartupLeftovers() {
        if (sessions.get() == null) {
            worker.schedule(this::releaseStartupLeftovers, STARTUP_SETTLE_SECONDS, TimeUnit.SECONDS);
            return;
        }
        StartupLeftovers.release();
    }

    /** A changed configuration (the console, a sync, or the window saving its own size) reopens nothing. */
    @Modified
    void modified(WindowConfig changed) {
        config = changed;
    }

    @Deactivate
    void deactivate() {
        closed = true;
        worker.shutdownNow();
        desktop.close();
        tray.ifPresent(Tray::remove);
        Platform.runLater(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    /** The launcher's "show" action (a second launch): the window comes back, to the front. */
    @Override
    public void run() {
        Platform.runLater(() -> {
            if (window != null && !closed) {
                window.show();
            }
        });
    }

    @Override
    public void handleEvent(Event event) {
        if (closed) {
            return;
        }
        String topic = event.getTopic();
        if (topic.startsWith("focusflow/session/")) {
            session.refresh();
            today.refresh();
            blocks.refresh();
            if (topic.equals(SessionTopics.ENDED) && Boolean.TRUE.equals(event.getProperty(SessionTopics.PROP_COMPLETED))
                    && config.sound()) {
                worker.execute(Chime::play);
            }
        } else if (topic.startsWith("focusflow/schedule/")) {
            schedules.refresh();
        } else if (topic.equals(AnalyticsTopics.UPDATED)) {
            today.refresh();
        } else {
            if (topic.equals(BlockingTopics.APP_BLOCKED) && event.getProperty(BlockingTopics.PROP_NAME) instanceof String name) {
                notifications.appClosed(name);
            }
            blocks.refresh();
        }
    }

    /** Config Admin's whiteboard: the start-at-login switch follows its configuration, whoever changed it. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (closed) {
            return;
        }
        // Settings the window shows follow changes made elsewhere (web console, load/*.cfg, Gogo).
        switch (event.getPid()) {
            case StartAtLoginViewModel.PID -> startAtLogin.refresh();
            case PomodoroViewModel.PID -> pomodoro.refresh();
            case TodayViewModel.ANALYTICS_PID -> today.refresh();
            default -> { }
        }
    }

    /** Never blocks: where it goes (toast, desktop, tray) is decided on the worker. */
    @Override
    public void post(Notification notification) {
        if (!closed) {
            notifications.post(notification);
        }
    }

    /**
     * During a session closing hides the window and says how to get it back: quitting would end app
     * blocking and pause a strict session. Otherwise, with a tray it hides (the tray opens it again);
     * without one it quits FocusFlow.
     */
    private void closeRequested() {
        if (session.isRunning()) {
            window.hide();
            notifications.post(Notification.info("window-hidden", "FocusFlow keeps running",
                    "Your session goes on in the background. Start FocusFlow again (or use its tray icon) to bring "
                            + "the window back; quit it once the session is over."));
        } else if (tray.isPresent()) {
            window.hide();
        } else {
            quit();
        }
    }

    private void saveGeometry(MainWindow.Geometry geometry) {
        ConfigurationAdmin admin = configAdmin.get();
        if (admin == null || closed) {
            return;
        }
        worker.execute(() -> {
            try {
                new ConfigAdminSettings(admin).update(NAME, Map.of("width", Math.round(geometry.width()) * 1.0,
                        "height", Math.round(geometry.height()) * 1.0, "x", Long.toString(Math.round(geometry.x())),
                        "y", Long.toString(Math.round(geometry.y())), "dark", geometry.dark()));
            } catch (RuntimeException e) {
                LOG.info("Window size and theme not saved: {}", e.getMessage());
            }
        });
    }

    static MainWindow.Geometry geometry(WindowConfig config) {
        return new MainWindow.Geometry(coordinate(config.x()), coordinate(config.y()), config.width(), config.height(),
                config.dark());
    }

    private static double coordinate(String text) {
        try {
            return text == null || text.isBlank() ? Double.NaN : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The icon as a file for the desktop's notifications (they take a path), copied once to the bundle's data area. */
    private static String iconFile(BundleContext context, Bundle bundle) {
        File file = context.getDataFile("focusflow-64.png");
        if (file == null) {
            return "";
        }
        try (InputStream in = bundle.getEntry("icons/focusflow-64.png").openStream()) {
            Files.copy(in, file.toPath(), StandardCopyOption.REPLACE_EXISTING);
            return file.getAbsolutePath();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static ScheduledExecutorService worker() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "FocusFlow UI worker");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private void quit() {
        LOG.info("Quit from the window: stopping FocusFlow");
        Thread stopper = new Thread(() -> {
            try {
                framework.stop();
            } catch (BundleException | RuntimeException e) {
                LOG.warn("Could not stop FocusFlow: {}", e.toString());
            }
        }, "FocusFlow quit");
        stopper.start();
    }

    /** The window as the notification router sees it; asks the FX thread and waits briefly. */
    private final class RouterWindow implements NotificationRouter.Window {
        @Override
        public boolean inFront() {
            MainWindow w = window;
            if (w == null) {
                return false;
            }
            java.util.concurrent.CompletableFuture<Boolean> front = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> front.complete(w.inFront()));
            try {
                return front.get(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return false;
            }
        }

        @Override
        public void toast(String key, Notification notification) {
            Platform.runLater(() -> {
                if (window != null && !closed) {
                    window.toast(key, notification);
                }
            });
        }
    }

    private final class TrayActions implements Tray.Actions {
        @Override
        public void startFocus() {
            Platform.runLater(session::startDefault);
        }

        @Override
        public void stop() {
            Platform.runLater(session::requestStop);
        }

        @Override
        public void open() {
            FocusWindow.this.run();
        }

        @Override
        public void quit() {
            FocusWindow.this.quit();
        }
    }

    private SyncFolderStatus syncStatus() {
        SyncFolderService service = syncFolder;
        return service == null ? null : service.status();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSessionService(SessionService service) {
        sessions.bind(service);
    }

    void unbindSessionService(SessionService service) {
        sessions.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBlockListService(BlockListService service) {
        blockList.bind(service);
    }

    void unbindBlockListService(BlockListService service) {
        blockList.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindBlockingService(BlockingService service) {
        blocking.bind(service);
    }

    void unbindBlockingService(BlockingService service) {
        blocking.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAnalyticsService(AnalyticsService service) {
        analytics.bind(service);
    }

    void unbindAnalyticsService(AnalyticsService service) {
        analytics.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConfigurationAdmin(ConfigurationAdmin service) {
        configAdmin.bind(service);
    }

    void unbindConfigurationAdmin(ConfigurationAdmin service) {
        configAdmin.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScheduleService(ScheduleService service) {
        scheduleService.bind(service);
    }

    void unbindScheduleService(ScheduleService service) {
        scheduleService.unbind(service);
    }
}
