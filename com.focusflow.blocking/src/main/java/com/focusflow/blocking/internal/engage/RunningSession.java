package com.focusflow.blocking.internal.engage;

import java.time.Instant;

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
 * @param strictUntil when a strict session ends (from its remaining time when it was learned); null if not strict
 */
record RunningSession(String id, boolean blocks, boolean strict, Instant strictUntil) {

    static RunningSession of(Session session, Instant now) {
        return new RunningSession(session.id(), session.type() != SessionType.BREAK, session.strict(),
                end(session.strict(), session.remainingSeconds(), now));
    }

    /** From a STARTED or RESUMED event. */
    static RunningSession of(Event event, Instant now) {
        Object type = event.getProperty(SessionTopics.PROP_TYPE);
        boolean isBreak = type != null && SessionType.BREAK.value().equalsIgnoreCase(type.toString());
        boolean strict = Boolean.TRUE.equals(event.getProperty(SessionTopics.PROP_STRICT));
        Object remaining = event.getProperty(SessionTopics.PROP_REMAINING_SECONDS);
        return new RunningSession(String.valueOf(event.getProperty(SessionTopics.PROP_ID)), !isBreak, strict,
                end(strict, remaining instanceof Number n ? n.longValue() : null, now));
    }

    /** Seconds left in the strict session at {@code now}, at least 0; 0 when not strict. */
    long secondsLeft(Instant now) {
        return strictUntil == null ? 0 : Math.max(0, strictUntil.getEpochSecond() - now.getEpochSecond());
    }

    private static Instant end(boolean strict, Long remainingSeconds, Instant now) {
        return strict && remainingSeconds != null ? now.plusSeconds(remainingSeconds) : null;
    }
}
