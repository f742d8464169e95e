package com.focusflow.api.blocking;

import java.time.Instant;

/**
 * Why blocking is engaged, as listed in {@link BlockingStatus#reasons()}.
 *
 * @param source what asks for the block: {@value #SESSION} or {@value #SCHEDULE}
 * @param name which one: the session's type, or the schedule's name
 * @param until when it ends by itself (UTC), or null if unknown
 * @param strict whether blocking cannot be turned off until then
 */
public record BlockingReason(String source, String name, Instant until, boolean strict) {
    /** The source of a running focus or custom session. */
    public static final String SESSION = "session";
    /** The source of an open schedule window. */
    public static final String SCHEDULE = "schedule";
}
