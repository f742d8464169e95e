package com.focusflow.blocking.internal.engage;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.notify.Notification;
import com.focusflow.api.notify.Notifier;

/** The default {@link Notifier}: writes notifications to the log, so warnings also work headless. */
@Component
public final class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void post(Notification notification) {
        if (notification.level() == Notification.Level.WARNING) {
            LOG.warn("{}: {}", notification.title(), notification.message());
        } else {
            LOG.info("{}: {}", notification.title(), notification.message());
        }
    }
}
