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
import com.focusflow.ui.internal.model.BlockListViewModel;
import com.focusflow.ui.internal.model.SessionViewModel;
import com.focusflow.ui.internal.model.TodayViewModel;
import com.focusflow.ui.internal.model.UiThreads;
import com.focusflow.ui.internal.schedule.SchedulesViewModel;
import com.focusflow.ui.internal.tray.Tray;
import com.focusflow.ui.internal.view.MainWindow;
import com.focusflow.ui.internal.view.Theme;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
 * the Pomodoro timer shows at once.
 */
@Component(name = FocusWindow.NAME, enabled = false, immediate = true, configurationPid = FocusWindow.NAME,
        service = { EventHandler.class, Notifier.class },
        property = { EventConstants.EVENT_TOPIC + "=" + SessionTopics.ALL,
                EventConstants.EVENT_TOPIC + "=" + BlockingTopics.ALL,
                EventConstants.EVENT_TOPIC + "=" + BlockingTopics.BLOCKLIST_CHANGED,
                EventConstants.EVENT_TOPIC + "=" + AnalyticsTopics.UPDATED,
                EventConstants.EVENT_TOPIC + "=" + ScheduleTopics.ALL })
@Designate(ocd = WindowConfig.class)
public final class FocusWindow implements EventHandler, Notifier {
    static final String NAME = "com.focusflow.ui.window";
    /** Where the embedded AtlantaFX style sheets are (bnd.bnd -includeresource). */
    private static final String THEMES = "atlantafx/base/theme/";
    private static final Logger LOG = LoggerFactory.getLogger(FocusWindow.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "FocusFlow UI worker");
        thread.setDaemon(true);
        return thread;
    });
    private final UiThreads threads = new UiThreads(worker, Platform::runLater);
    private final SessionViewModel session = new SessionViewModel(threads, System::nanoTime);
    private final BlockListViewModel blocks = new BlockListViewModel(threads);
    private final TodayViewModel today = new TodayViewModel(threads, Clock.systemDefaultZone());
    private final ServiceSlot<SessionService> sessions = new ServiceSlot<>(s -> {
        session.serviceChanged(s);
        today.sessionsChanged(s);
    });
    private final ServiceSlot<BlockListService> blockList = new ServiceSlot<>(blocks::listServiceChanged);
    private final ServiceSlot<BlockingService> blocking = new ServiceSlot<>(blocks::blockingServiceChanged);
    private final ServiceSlot<AnalyticsService> analytics = new ServiceSlot<>(today::analyticsChanged);
    private final SchedulesViewModel schedules = new SchedulesViewModel(threads, Clock.systemUTC());
    private final ServiceSlot<ScheduleService> scheduleService = new ServiceSlot<>(schedules::serviceChanged);

    private final Bundle framework;
    // Written once on the FX thread (window) or in activate (tray), read from any thread.
    private volatile MainWindow window;
    private volatile Optional<Tray> tray = Optional.empty();
    private volatile boolean closed;

    @Activate
    public FocusWindow(BundleContext context, WindowConfig config) {
        framework = context.getBundle(0);
        Bundle bundle = context.getBundle();
        Theme theme = new Theme(bundle.getEntry(THEMES + "primer-light.css"), bundle.getEntry(THEMES + "primer-dark.css"),
                bundle.getEntry("theme/app.css"));
        if (config.tray()) {
            tray = Tray.install(new TrayActions());
        }
        session.runningProperty().addListener((o, old, running) -> tray.ifPresent(t -> t.showRunning(running)));
        Platform.runLater(() -> {
            if (closed) {
                return;
            }
            try {
                window = MainWindow.open(session, blocks, today, schedules, theme, config.dark(), this::closeRequested);
                LOG.info("FocusFlow window open");
            } catch (RuntimeException e) {
                LOG.error("The window could not be opened", e); // a bug: everything else goes on
            }
        });
    }

    @Deactivate
    void deactivate() {
        closed = true;
        worker.shutdownNow();
        tray.ifPresent(Tray::remove);
        Platform.runLater(() -> {
            if (window != null) {
                window.close();
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
        } else if (topic.startsWith("focusflow/schedule/")) {
            schedules.refresh();
        } else if (topic.equals(AnalyticsTopics.UPDATED)) {
            today.refresh();
        } else {
            blocks.refresh();
        }
    }

    /** Never blocks: the tray message or the toast is handed to the AWT or FX thread. */
    @Override
    public void post(Notification notification) {
        Optional<Tray> t = tray;
        if (t.isPresent()) {
            t.get().notify(notification);
            return;
        }
        Platform.runLater(() -> {
            if (window != null && !closed) {
                window.toast(notification);
            }
        });
    }

    /** With a tray, closing the window hides it (the tray opens it again); without one, it quits FocusFlow. */
    private void closeRequested() {
        if (tray.isPresent()) {
            window.hide();
        } else {
            quit();
        }
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

    private final class TrayActions implements Tray.Actions {
        @Override
        public void startFocus() {
            Platform.runLater(session::startDefault);
        }

        @Override
        public void stop() {
            Platform.runLater(session::stop);
        }

        @Override
        public void open() {
            Platform.runLater(() -> {
                if (window != null) {
                    window.show();
                }
            });
        }

        @Override
        public void quit() {
            FocusWindow.this.quit();
        }
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
    void bindScheduleService(ScheduleService service) {
        scheduleService.bind(service);
    }

    void unbindScheduleService(ScheduleService service) {
        scheduleService.unbind(service);
    }
}
