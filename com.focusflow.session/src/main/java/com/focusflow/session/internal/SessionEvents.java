package com.focusflow.session.internal;

import java.time.Instant;

import com.focusflow.api.session.Session;

/** Tells the rest of FocusFlow about transitions; {@link EventAdminEvents} in the framework. */
public interface SessionEvents {

    void started(Session session);

    void resumed(Session session);

    void ended(Session session);

    /** An import added or updated {@code count} sessions that lie within [from, to]. */
    void imported(Instant from, Instant to, int count);
}
