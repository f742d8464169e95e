package com.focusflow.ui.internal.tray;

import com.focusflow.api.notify.Notification;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon (java.awt.SystemTray, where the desktop has one): a menu that follows the session state
 * (Start 25-min focus, Stop, Open FocusFlow, Quit), an icon that shows a running session, and desktop
 * notifications as tray messages. All AWT work happens on the AWT event thread; every method returns at
 * once.
 */
public final class Tray {
    private static final Logger LOG = LoggerFactory.getLogger(Tray.class);

    /** What the menu does; each action is called on the AWT event thread and must hand its work on. */
    public interface Actions {
        void startFocus();

        void stop();

        void open();

        void quit();
    }

    private final TrayIcon icon;
    private final MenuItem start = new MenuItem("Start 25-min focus");
    private final MenuItem stop = new MenuItem("Stop");
    private final BufferedImage idle;
    private final BufferedImage running;

    private Tray(int size, Actions actions) {
        idle = TrayIcons.idle(size);
        running = TrayIcons.running(size);
        PopupMenu menu = new PopupMenu();
        MenuItem open = new MenuItem("Open FocusFlow");
        MenuItem quit = new MenuItem("Quit");
        start.addActionListener(e -> actions.startFocus());
        stop.addActionListener(e -> actions.stop());
        open.addActionListener(e -> actions.open());
        quit.addActionListener(e -> actions.quit());
        menu.add(start);
        menu.add(stop);
        menu.addSeparator();
        menu.add(open);
        menu.add(quit);
        icon = new TrayIcon(idle, "FocusFlow", menu);
        icon.setImageAutoSize(true);
        icon.addActionListener(e -> actions.open()); // double click
        showRunning(false);
    }

    /**
     * Adds the tray icon, if the platform has a tray.
     *
     * @return the tray, or empty when there is none (then notifications are shown inside the window)
     */
    public static Optional<Tray> install(Actions actions) {
        try {
            if (!SystemTray.isSupported()) {
                LOG.info("No system tray on this desktop: notifications are shown inside the window");
                return Optional.empty();
            }
            SystemTray system = SystemTray.getSystemTray();
            Tray tray = new Tray(system.getTrayIconSize().height, actions);
            system.add(tray.icon);
            LOG.info("Tray icon added");
            return Optional.of(tray);
        } catch (AWTException | RuntimeException | Error e) { // HeadlessException, a broken AWT
            LOG.info("No system tray ({}): notifications are shown inside the window", e.toString());
            return Optional.empty();
        }
    }

    /** Follows the session: the icon and which of Start/Stop is enabled. */
    public void showRunning(boolean sessionRunning) {
        EventQueue.invokeLater(() -> {
            icon.setImage(sessionRunning ? running : idle);
            icon.setToolTip(sessionRunning ? "FocusFlow: session running" : "FocusFlow");
            start.setEnabled(!sessionRunning);
            stop.setEnabled(sessionRunning);
        });
    }

    /** Shows a notification as a tray message. */
    public void notify(Notification notification) {
        TrayIcon.MessageType type = notification.level() == Notification.Level.WARNING
                ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO;
        EventQueue.invokeLater(() -> icon.displayMessage(notification.title(), notification.message(), type));
    }

    /** Removes the icon. */
    public void remove() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
