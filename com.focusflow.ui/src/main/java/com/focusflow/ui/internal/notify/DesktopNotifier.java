package com.focusflow.ui.internal.notify;

/** Shows a notification on the desktop (outside the window). */
public interface DesktopNotifier {
    /**
     * Shows or replaces a notification; may block briefly (call it off the FX thread).
     *
     * @param replaces the id of a notification this one replaces, 0 for a new one
     * @return the notification's id
     * @throws IllegalStateException when the desktop cannot show it (no session bus, no service)
     */
    long show(String title, String body, boolean urgent, long replaces);

    /** Lets go of the connection; later calls fail. */
    void close();
}
