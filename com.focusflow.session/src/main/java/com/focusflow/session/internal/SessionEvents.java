package com.focusflow.session.internal;

import com.focusflow.api.session.Session;

/** Tells the rest of FocusFlow about transitions; {@link EventAdminEvents} in the framework. */
public interface SessionEvents {

    void started(Session session);

    void resumed(Session session);

    void ended(Session session);
}
