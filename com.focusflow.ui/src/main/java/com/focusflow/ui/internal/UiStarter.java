package com.focusflow.ui.internal;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit (once per JVM, off the framework thread) and then enables the window
 * component; reports the window's health as {@code ui}. With {@code --headless}, without JavaFX or
 * without a display it says so once, in the log and in health, and the window stays disabled (a
 * disabled component is not an unsatisfied one): everything else runs as usual. This class touches
 * no JavaFX type, so it loads where JavaFX is missing.
 */
@Component(service = HealthContributor.class, immediate = true)
public final class UiStarter implements HealthContributor {
    static final String HEALTH_NAME = "ui";
    private static final Logger LOG = LoggerFactory.getLogger(UiStarter.class);

    private final ComponentContext context;
    private volatile HealthItem health = new HealthItem(HEALTH_NAME, HealthStatus.UP, "the window is opening");
    private volatile boolean active = true;

    @Activate
    public UiStarter(ComponentContext context, BundleContext bundleContext) {
        this.context = context;
        WindowSupport support = new WindowSupport(Boolean.parseBoolean(bundleContext.getProperty("focusflow.headless")),
                javafxPresent(), System.getProperty("os.name", ""), System.getenv());
        support.whyNot().ifPresentOrElse(reason -> noWindow(reason, support.headless()), () -> {
            Thread starter = new Thread(this::startToolkit, "FocusFlow UI start");
            starter.setDaemon(true);
            starter.start();
        });
    }

    @Deactivate
    void deactivate() {
        active = false;
        context.disableComponent(FocusWindow.NAME);
    }

    @Override
    public List<HealthItem> health() {
        return List.of(health);
    }

    private void startToolkit() {
        try {
            FxToolkit.startOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException | Error e) { // UnsupportedOperationException "Unable to open DISPLAY", GTK
            LOG.warn("No window: the JavaFX toolkit did not start ({}); everything else runs", e.toString());
            health = new HealthItem(HEALTH_NAME, HealthStatus.DEGRADED, "no window: JavaFX could not start: " + e);
            return;
        }
        if (active) {
            health = HealthItem.up(HEALTH_NAME);
            context.enableComponent(FocusWindow.NAME);
        }
    }

    /** Headless by choice is healthy; headless for want of JavaFX or a display is degraded. */
    private void noWindow(String reason, boolean chosen) {
        LOG.info("No window: {}", reason);
        health = new HealthItem(HEALTH_NAME, chosen ? HealthStatus.UP : HealthStatus.DEGRADED, "no window: " + reason);
    }

    private boolean javafxPresent() {
        try {
            context.getBundleContext().getBundle().loadClass("javafx.application.Platform");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
