package com.focusflow.blocking.internal.engage;

import java.time.Instant;

import org.osgi.service.event.Event;

import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;

/**
 * What blocking needs to know about the running session.
 *
 * @param id the session's id
 * @param blocks whether its type blocks (focus and custom do, a break does not)
 * @param strict whether blocking may not be turned off while it runs
 * @param type its type's wire form, for {@code GET /blocking}'s reasons
 * @param until its planned end, or null if unknown
 */
record RunningSession(String id, boolean blocks, boolean strict, String type, Instant until) {

    static RunningSession of(Session session) {
        return new RunningSession(session.id(), session.type() != SessionType.BREAK, session.strict(),
                session.type().value(), until(session.remainingSeconds()));
    }

    /** From a STARTED or RESUMED event. */
    static RunningSession of(Event event) {
        Object type = event.getProperty(SessionTopics.PROP_TYPE);
        boolean isBreak = type != null && SessionType.BREAK.value().equalsIgnoreCase(type.toString());
        Object remaining = event.getProperty(SessionTopics.PROP_REMAINING_SECONDS);
        return new RunningSession(String.valueOf(event.getProperty(SessionTopics.PROP_ID)), !isBreak,
                Boolean.TRUE.equals(event.getProperty(SessionTopics.PROP_STRICT)), String.valueOf(type),
                until(remaining instanceof Number n ? n.longValue() : null));
    }

    BlockingReason reason() {
        return new BlockingReason(BlockingReason.SESSION, type, until, strict);
    }

    private static Instant until(Long remainingSeconds) {
        return remainingSeconds == null ? null : Instant.now().plusSeconds(remainingSeconds);
    }
}
