package com.focusflow.session.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.focusflow.api.session.Session;

/** Remembers the transitions, as "STARTED", "RESUMED" or "ENDED" with the session. */
final class RecordingEvents implements SessionEvents {

    record Recorded(String topic, Session session) {
    }

    final List<Recorded> events = new CopyOnWriteArrayList<>();

    @Override
    public void started(Session session) {
        events.add(new Recorded("STARTED", session));
    }

    @Override
    public void resumed(Session session) {
        events.add(new Recorded("RESUMED", session));
    }

    @Override
    public void ended(Session session) {
        events.add(new Recorded("ENDED", session));
    }

    @Override
    public void imported(Instant from, Instant to, int count) {
        events.add(new Recorded("IMPORTED " + from + " " + to + " " + count, null));
    }

    List<String> topics() {
        return events.stream().map(Recorded::topic).toList();
    }

    Recorded last() {
        return events.get(events.size() - 1);
    }
}
