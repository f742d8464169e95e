package com.focusflow.schedule.internal.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.blocking.BlockingRequest;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.schedule.ScheduleTopics;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import com.focusflow.schedule.internal.plan.Occurrence;
import com.focusflow.support.log.LogText;

/**
 * What an open window does: a {@code block} schedule registers a {@link BlockingRequest} (the only way to the
 * blockers) for as long as it is open; a {@code focus} schedule starts a focus session lasting the window when
 * none runs at its start. Each opening and closing is posted as an event.
 */
final class WindowEffects implements Planner.Windows {

    private static final Logger LOG = LoggerFactory.getLogger(WindowEffects.class);

    private final BundleContext context;
    private final EventAdmin events;
    private final Supplier<SessionService> sessions;
    private final Clock clock;
    private final Map<String, ServiceRegistration<BlockingRequest>> requests = new ConcurrentHashMap<>();

    WindowEffects(BundleContext context, EventAdmin events, Supplier<SessionService> sessions, Clock clock) {
        this.context = context;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void opened(Occurrence window, boolean atItsStart) {
        Schedule s = window.schedule();
        LOG.info("Schedule '{}' is open until {}", LogText.escape(s.name()), window.end());
        if (s.action() == ScheduleAction.BLOCK) {
            request(window);
        } else if (atItsStart) {
            startSession(window);
        }
        post(ScheduleTopics.SCHEDULE_STARTED, window);
    }

    @Override
    public void changed(Occurrence before, Occurrence after) {
        ServiceRegistration<BlockingRequest> old = requests.remove(before.schedule().id());
        if (after.schedule().action() == ScheduleAction.BLOCK) {
            request(after); // the new one first: blocking never sees a moment without a request
        }
        unregister(old);
    }

    @Override
    public void closed(Occurrence window) {
        LOG.info("Schedule '{}' closed", LogText.escape(window.schedule().name()));
        unregister(requests.remove(window.schedule().id()));
        post(ScheduleTopics.SCHEDULE_ENDED, window);
    }

    /** Withdraws every request without reporting the windows closed: the bundle or component stops. */
    void releaseAll() {
        requests.values().forEach(WindowEffects::unregister);
        requests.clear();
    }

    private void request(Occurrence window) {
        Schedule s = window.schedule();
        BlockingReason reason = new BlockingReason(BlockingReason.SCHEDULE, s.name(), window.end(), s.strict());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(ScheduleTopics.PROP_ID, s.id());
        properties.put(ScheduleTopics.PROP_NAME, s.name());
        requests.put(s.id(), context.registerService(BlockingRequest.class, () -> reason, properties));
    }

    private void startSession(Occurrence window) {
        SessionService service = sessions.get();
        Schedule s = window.schedule();
        if (service == null) {
            LOG.warn("Schedule '{}' cannot start its focus session: sessions are not available", LogText.escape(s.name()));
            return;
        }
        long minutes = Duration.between(clock.instant(), window.end()).plusSeconds(59).toMinutes();
        int planned = (int) Math.max(StartRequest.MIN_PLANNED_MINUTES, Math.min(StartRequest.MAX_PLANNED_MINUTES, minutes));
        try {
            if (service.active().isPresent()) {
                LOG.info("Schedule '{}' opened during a running session; no second session is started", LogText.escape(s.name()));
                return;
            }
            service.start(new StartRequest(SessionType.FOCUS, planned, s.strict(), s.name()));
        } catch (FocusFlowException e) {
            LOG.warn("Schedule '{}' could not start its focus session: {}", LogText.escape(s.name()), e.getMessage());
        }
    }

    private void post(String topic, Occurrence window) {
        Schedule s = window.schedule();
        events.postEvent(new Event(topic, Map.of(ScheduleTopics.PROP_ID, s.id(), ScheduleTopics.PROP_NAME, s.name(),
                ScheduleTopics.PROP_ACTION, s.action().value(), ScheduleTopics.PROP_STRICT, s.strict(),
                ScheduleTopics.PROP_START, window.start(), ScheduleTopics.PROP_END, window.end())));
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping and took it with it
        }
    }
}
