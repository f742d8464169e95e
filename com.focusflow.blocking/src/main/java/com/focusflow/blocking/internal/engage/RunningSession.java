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
 * @param until its planned end (from its remaining time when it was learned), or null if unknown
 */
record RunningSession(String id, boolean blocks, boolean strict, String type, Instant until) {

    static RunningSession of(Session session, Instant now) {
        return new RunningSession(session.id(), session.type() != SessionType.BREAK, session.strict(),
                session.type().value(), end(session.remainingSeconds(), now));
    }

    /** From a STARTED or RESUMED event. */
    static RunningSession of(Event event, Instant now) {
        Object type = event.getProperty(SessionTopics.PROP_TYPE);
        boolean isBreak = type != null && SessionType.BREAK.value().equalsIgnoreCase(type.toString());
        Object remaining = event.getProperty(SessionTopics.PROP_REMAINING_SECONDS);
        return new RunningSession(String.valueOf(event.getProperty(SessionTopics.PROP_ID)), !isBreak,
                Boolean.TRUE.equals(event.getProperty(SessionTopics.PROP_STRICT)), String.valueOf(type),
                end(remaining instanceof Number n ? n.longValue() : null, now));
    }

    /** When a strict session ends; null if not strict. */
    Instant strictUntil() {
        return strict ? until : null;
    }

    /** Seconds left in the strict session at {@code now}, at least 0; 0 when not strict. */
    long secondsLeft(Instant now) {
        Instant end = strictUntil();
        return end == null ? 0 : Math.max(0, end.getEpochSecond() - now.getEpochSecond());
    }

    BlockingReason reason() {
        return new BlockingReason(BlockingReason.SESSION, type, until, strict);
    }

    private static Instant end(Long remainingSeconds, Instant now) {
        return remainingSeconds == null ? null : now.plusSeconds(remainingSeconds);
    }
}
