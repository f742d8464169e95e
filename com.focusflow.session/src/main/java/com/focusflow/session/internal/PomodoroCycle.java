package com.focusflow.session.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.notify.Notification;
import com.focusflow.api.notify.Notifier;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * What follows a session that ended by itself: with Pomodoro cycles on, the next step of the cycle starts
 * and the user is told through every {@link Notifier}; with cycles off, the user is only told it is over.
 */
@Component(configurationPid = PomodoroCycle.PID, property = EventConstants.EVENT_TOPIC + "=" + SessionTopics.ENDED)
@Designate(ocd = PomodoroConfig.class)
public final class PomodoroCycle implements EventHandler {

    static final String PID = "com.focusflow.session.pomodoro";

    private static final Logger LOG = LoggerFactory.getLogger(PomodoroCycle.class);

    private final SessionService sessions;
    private final PomodoroPlan plan;
    private final List<Notifier> notifiers = new CopyOnWriteArrayList<>();

    @Activate
    public PomodoroCycle(PomodoroConfig config, @Reference SessionService sessions) {
        this.sessions = sessions;
        this.plan = config.enabled() ? planOrNull(config) : null;
    }

    private static PomodoroPlan planOrNull(PomodoroConfig config) {
        try {
            return PomodoroPlan.of(config);
        } catch (IllegalArgumentException e) {
            LOG.warn("Pomodoro cycles stay off: {} (configuration {})", e.getMessage(), PID);
            return null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNotifier(Notifier notifier) {
        notifiers.add(notifier);
    }

    void removeNotifier(Notifier notifier) {
        notifiers.remove(notifier);
    }

    @Override
    public void handleEvent(Event event) {
        boolean completed = Boolean.TRUE.equals(event.getProperty(SessionTopics.PROP_COMPLETED));
        SessionType type = SessionType.parse(String.valueOf(event.getProperty(SessionTopics.PROP_TYPE)));
        if (plan == null) {
            if (completed) {
                notifyAll(Notification.info(Notification.SESSION_ENDED, capitalized(type) + " session complete",
                        "Your " + event.getProperty(SessionTopics.PROP_PLANNED_MINUTES) + " min " + type
                                + " session is over."));
            }
            return;
        }
        plan.next(type, completed).flatMap(this::startStep).ifPresent(next -> notifyAll(Notification.info(
                Notification.BREAK_REMINDER, next.type() == SessionType.BREAK ? "Time for a break" : "Back to focus",
                capitalized(type) + " session complete. " + capitalized(next.type()) + " of " + next.plannedMinutes()
                        + " min started.")));
    }

    private Optional<Session> startStep(PomodoroPlan.Step step) {
        try {
            return Optional.of(sessions.start(StartRequest.of(step.type(), step.minutes())));
        } catch (FocusFlowException e) {
            LOG.info("Pomodoro cycle: not starting the next {} session: {}", step.type(), e.getMessage());
            return Optional.empty();
        }
    }

    private void notifyAll(Notification notification) {
        for (Notifier notifier : notifiers) {
            try {
                notifier.post(notification);
            } catch (RuntimeException e) {
                LOG.warn("Notifier {} failed", notifier.getClass().getName(), e);
            }
        }
    }

    private static String capitalized(SessionType type) {
        String v = type.value();
        return Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }
}
