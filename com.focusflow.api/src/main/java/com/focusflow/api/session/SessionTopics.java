package com.focusflow.api.session;

/**
 * Event Admin topics the session bundle posts, and the property keys of those events. Property values
 * use JDK types only (String, Integer, Long, Boolean, Instant), so listeners never hold API classes
 * from an event.
 */
public final class SessionTopics {
    /** A session started. Properties: all session keys except {@link #PROP_END_TIME}. */
    public static final String STARTED = "focusflow/session/STARTED";
    /**
     * A running session was recovered after a restart or crash and goes on. Same properties as
     * {@link #STARTED}; blocking re-engages on either.
     */
    public static final String RESUMED = "focusflow/session/RESUMED";
    /** A session ended, by itself, early, or at recovery. Properties: all session keys. */
    public static final String ENDED = "focusflow/session/ENDED";
    /**
     * An import added or changed sessions; analytics rebuilds the days they touch. Properties:
     * {@link #PROP_FROM}, {@link #PROP_TO}, {@link #PROP_COUNT}.
     */
    public static final String IMPORTED = "focusflow/session/IMPORTED";
    /** Every session topic, for an {@code event.topics} filter. */
    public static final String ALL = "focusflow/session/*";

    /** Session id, String. */
    public static final String PROP_ID = "id";
    /** Session type in its wire form ({@code "focus"}), String. */
    public static final String PROP_TYPE = "type";
    /** Start time, Instant (UTC). */
    public static final String PROP_START_TIME = "startTime";
    /** End time, Instant (UTC); only on {@link #ENDED}. */
    public static final String PROP_END_TIME = "endTime";
    /** Planned length in minutes, Integer. */
    public static final String PROP_PLANNED_MINUTES = "plannedMinutes";
    /** Elapsed seconds so far (at the end, on {@link #ENDED}), Long. */
    public static final String PROP_ACTUAL_SECONDS = "actualSeconds";
    /** Seconds left, Long; only on {@link #STARTED} and {@link #RESUMED}. */
    public static final String PROP_REMAINING_SECONDS = "remainingSeconds";
    /** Whether the session ran its full planned time, Boolean. */
    public static final String PROP_COMPLETED = "completed";
    /** Whether the session is strict, Boolean. */
    public static final String PROP_STRICT = "strict";
    /** Earliest start time of the imported sessions, Instant; on {@link #IMPORTED}. */
    public static final String PROP_FROM = "from";
    /** Latest end (or start, if running) of the imported sessions, Instant; on {@link #IMPORTED}. */
    public static final String PROP_TO = "to";
    /** Number of sessions added or updated, Integer; on {@link #IMPORTED}. */
    public static final String PROP_COUNT = "count";

    private SessionTopics() {
    }
}
