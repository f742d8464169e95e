package com.focusflow.blocking.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An {@link EventAdmin} that keeps what was posted. */
public final class RecordingEvents implements EventAdmin {

    public final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    public List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }
}
