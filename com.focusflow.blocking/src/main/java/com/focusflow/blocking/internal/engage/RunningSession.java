package com.focusflow.blocking.internal.engage;

import org.osgi.service.event.Event;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;

/**
 * What blocking needs to know about the running session.
 *
 * @param id the session's id
 * @param blocks whether its type blocks (focus and custom do, a break does not)
 * @param strict whether blocking may not be turned off while it runs
 */
record RunningSession(String id, boolean blocks, boolean strict) {

    static RunningSession of(Session session) {
        return new RunningSession(session.id(), session.type() != SessionType.BREAK, session.strict());
    }

    /** From a STARTED or RESUMED event. */
    static RunningSession of(Event event) {
        Object type = event.getProperty(SessionTopics.PROP_TYPE);
        boolean isBreak = type != null && SessionType.BREAK.value().equalsIgnoreCase(type.toString());
        return new RunningSession(String.valueOf(event.getProperty(SessionTopics.PROP_ID)), !isBreak,
                Boolean.TRUE.equals(event.getProperty(SessionTopics.PROP_STRICT)));
    }
}
