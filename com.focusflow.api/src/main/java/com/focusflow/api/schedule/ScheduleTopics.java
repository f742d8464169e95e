package com.focusflow.api.schedule;

/**
 * Event Admin topics the schedule bundle posts, and the property keys of those events. Property values use JDK
 * types only (String, Boolean, Instant).
 */
public final class ScheduleTopics {
    /** A schedule's window opened (also found open after a restart). Properties: all keys below. */
    public static final String SCHEDULE_STARTED = "focusflow/schedule/STARTED";
    /** A schedule's window closed (at its end, or because it was skipped, disabled or deleted). */
    public static final String SCHEDULE_ENDED = "focusflow/schedule/ENDED";
    /** A schedule was added, changed, skipped or deleted, also by an import. Property {@link #PROP_ID} if one. */
    public static final String CHANGED = "focusflow/schedule/CHANGED";
    /** Every schedule topic, for an {@code event.topics} filter. */
    public static final String ALL = "focusflow/schedule/*";

    /** The section of the export document that holds the schedules ({@link Schedule} items). */
    public static final String SECTION = "schedules";

    /** Schedule id, String. */
    public static final String PROP_ID = "id";
    /** Schedule name, String. */
    public static final String PROP_NAME = "name";
    /** Its action in the wire form ({@code "block"}), String. */
    public static final String PROP_ACTION = "action";
    /** Whether it is strict, Boolean. */
    public static final String PROP_STRICT = "strict";
    /** When the window opened, Instant (UTC). */
    public static final String PROP_START = "start";
    /** When the window closes, Instant (UTC). */
    public static final String PROP_END = "end";

    private ScheduleTopics() {
    }
}
