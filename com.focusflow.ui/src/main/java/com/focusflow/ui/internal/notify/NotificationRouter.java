package com.focusflow.ui.internal.notify;

import com.focusflow.api.notify.Notification;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides where a notification goes and keeps a blocked app's warning current. While the window is in
 * front a notification is a toast inside it; otherwise (hidden, minimised, behind other windows) it goes
 * to the desktop's notification service, else to the tray, else it is still a toast. A blocked app's
 * warning counts down ("closing in 3", "2", "1") in the same notification, which then says "X was
 * closed" when the app is gone. All work runs on {@code worker} (one thread): D-Bus calls may block.
 */
public final class NotificationRouter {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationRouter.class);
    // The process blocker's warning: title "Closing <app>", message "... will be closed in <n> s."
    private static final Pattern WARNING_TITLE = Pattern.compile("Closing (.+)");
    private static final Pattern WARNING_SECONDS = Pattern.compile("closed in (\\d+) s");

    /** The window as the router needs it. */
    public interface Window {
        /** Showing, not minimised and focused: the user sees a toast. */
        boolean inFront();

        /** Shows {@code notification} as a toast, replacing the toast with the same key if it still shows. */
        void toast(String key, Notification notification);
    }

    /** Runs a task after a delay (the countdown's second); tests run them by hand. */
    public interface Ticker {
        void after(long millis, Runnable task);
    }

    /** Where one notification went: its desktop id or toast key, so updates replace it. */
    private interface Sink {
        long show(Notification notification, long replaces);
    }

    private final Window window;
    private final DesktopNotifier desktop;
    private final Optional<Consumer<Notification>> tray;
    private final Executor worker;
    private final Ticker ticker;
    // Touched on the worker only.
    private Countdown countdown;

    public NotificationRouter(Window window, DesktopNotifier desktop, Optional<Consumer<Notification>> tray,
            Executor worker, Ticker ticker) {
        this.window = window;
        this.desktop = desktop;
        this.tray = tray;
        this.worker = worker;
        this.ticker = ticker;
    }

    /** Shows a notification where the user will see it; never blocks. */
    public void post(Notification notification) {
        run(() -> {
            if (Notification.APP_WARNING.equals(notification.category())) {
                startCountdown(notification);
            } else {
                sink(notification.category()).show(notification, 0);
            }
        });
    }

    /** A blocked app was closed (the blocking bundle's event): its warning now says so. */
    public void appClosed(String processName) {
        run(() -> {
            Countdown c = countdown;
            String name = c != null && matches(c.app, processName) ? c.app : processName;
            Notification closed = Notification.info(Notification.APP_WARNING, name + " was closed",
                    name + " is blocked during your focus session.");
            if (c != null) {
                c.finished = true;
                countdown = null;
                c.sink.show(closed, c.id);
            } else {
                sink(Notification.APP_WARNING).show(closed, 0);
            }
        });
    }

    private void startCountdown(Notification warning) {
        Matcher title = WARNING_TITLE.matcher(warning.title());
        Matcher seconds = WARNING_SECONDS.matcher(warning.message());
        if (!title.matches() || !seconds.find()) {
            sink(warning.category()).show(warning, 0); // not the form we know: shown as it is
            return;
        }
        Countdown previous = countdown;
        if (previous != null) {
            previous.finished = true;
        }
        Countdown c = new Countdown(title.group(1), Integer.parseInt(seconds.group(1)), sink(warning.category()));
        countdown = c;
        c.id = c.sink.show(c.notification(), 0);
        tick(c);
    }

    private void tick(Countdown c) {
        ticker.after(1000, () -> run(() -> {
            if (c.finished || c.left <= 1) {
                return; // closed, replaced, or at "1": the closed event says the rest
            }
            c.left--;
            c.id = c.sink.show(c.notification(), c.id);
            tick(c);
        }));
    }

    static boolean matches(String blockedName, String processName) {
        String p = processName.toLowerCase(Locale.ROOT);
        if (p.endsWith(".exe")) {
            p = p.substring(0, p.length() - 4);
        }
        return blockedName.toLowerCase(Locale.ROOT).equals(p);
    }

    /** Where a notification goes now: the window when in front, else the desktop, the tray, the window. */
    private Sink sink(String category) {
        String key = category == null ? "info" : category;
        Sink toast = (n, replaces) -> {
            window.toast(key, n);
            return 0;
        };
        if (window.inFront()) {
            return toast;
        }
        return (n, replaces) -> {
            try {
                return desktop.show(n.title(), n.message(), n.level() == Notification.Level.WARNING, replaces);
            } catch (IllegalStateException e) {
                LOG.debug("Desktop notification not shown: {}", e.getMessage());
                if (tray.isPresent()) {
                    tray.get().accept(n);
                    return 0;
                }
                return toast.show(n, replaces);
            }
        };
    }

    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closing) {
            // the window is going away: nobody left to notify
        }
    }

    /** One blocked app's warning counting down. */
    private static final class Countdown {
        final String app;
        final Sink sink;
        int left;
        long id;
        boolean finished;

        Countdown(String app, int left, Sink sink) {
            this.app = app;
            this.left = left;
            this.sink = sink;
        }

        Notification notification() {
            return Notification.warning(Notification.APP_WARNING, "Closing " + app + " in " + left,
                    app + " is blocked during your focus session: closing in " + left + "…");
        }
    }
}
