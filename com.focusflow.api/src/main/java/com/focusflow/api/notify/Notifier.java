package com.focusflow.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Shows notifications to the user; registered as an OSGi service (whiteboard). Senders post each
 * notification to every registered notifier: the blocking bundle's logging notifier (so warnings work
 * headless) and the UI's desktop notifier.
 */
@ConsumerType
public interface Notifier {
    /**
     * Shows a notification. Returns at once without waiting for the user or the desktop (hand the work to
     * another thread) and never throws: a notifier that cannot show it logs it.
     */
    void post(Notification notification);
}
