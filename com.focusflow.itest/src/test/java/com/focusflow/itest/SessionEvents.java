package com.focusflow.itest;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.focusflow.api.session.SessionTopics;

/** Records every session event from Event Admin while it is open. */
final class SessionEvents implements EventHandler, AutoCloseable {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final ServiceRegistration<EventHandler> registration;

    SessionEvents(BundleContext context) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, SessionTopics.ALL);
        registration = context.registerService(EventHandler.class, this, props);
    }

    @Override
    public void handleEvent(Event event) {
        events.add(event);
    }

    /** Waits for an event of {@code topic} about session {@code id} that passes {@code check}. */
    Event await(String topic, String id, Predicate<Event> check) throws Exception {
        return Poll.until(Duration.ofSeconds(20), topic + " for " + id, () -> events.stream()
                .filter(e -> e.getTopic().equals(topic) && id.equals(e.getProperty(SessionTopics.PROP_ID)))
                .filter(check).findFirst().orElse(null));
    }

    Event await(String topic, String id) throws Exception {
        return await(topic, id, e -> true);
    }

    List<Event> all() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
