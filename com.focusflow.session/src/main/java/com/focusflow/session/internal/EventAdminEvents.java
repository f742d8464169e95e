package com.focusflow.session.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionTopics;

/** Posts {@link SessionTopics} events (asynchronously) with JDK-typed properties only. */
final class EventAdminEvents implements SessionEvents {

    private final EventAdmin eventAdmin;

    EventAdminEvents(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void started(Session session) {
        eventAdmin.postEvent(event(SessionTopics.STARTED, session));
    }

    @Override
    public void resumed(Session session) {
        eventAdmin.postEvent(event(SessionTopics.RESUMED, session));
    }

    @Override
    public void ended(Session session) {
        eventAdmin.postEvent(event(SessionTopics.ENDED, session));
    }

    @Override
    public void imported(Instant from, Instant to, int count) {
        eventAdmin.postEvent(new Event(SessionTopics.IMPORTED, Map.of(SessionTopics.PROP_FROM, from,
                SessionTopics.PROP_TO, to, SessionTopics.PROP_COUNT, count)));
    }

    static Event event(String topic, Session session) {
        Map<String, Object> p = new HashMap<>();
        p.put(SessionTopics.PROP_ID, session.id());
        p.put(SessionTopics.PROP_TYPE, session.type().value());
        p.put(SessionTopics.PROP_START_TIME, session.startTime());
        p.put(SessionTopics.PROP_PLANNED_MINUTES, session.plannedMinutes());
        p.put(SessionTopics.PROP_ACTUAL_SECONDS, session.actualSeconds());
        p.put(SessionTopics.PROP_COMPLETED, session.completed());
        p.put(SessionTopics.PROP_STRICT, session.strict());
        if (session.active()) {
            p.put(SessionTopics.PROP_REMAINING_SECONDS, session.remainingSeconds());
        } else {
            p.put(SessionTopics.PROP_END_TIME, session.endTime());
        }
        return new Event(topic, p);
    }
}
