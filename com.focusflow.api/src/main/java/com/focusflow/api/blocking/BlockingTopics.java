package com.focusflow.api.blocking;

/**
 * Event Admin topics the blocking bundle posts, and the property keys of those events. Property values
 * use JDK types only (String, Long, Boolean, Instant).
 */
public final class BlockingTopics {
    /**
     * A blocked app was terminated; counted as a blocked attempt by analytics. Properties
     * {@link #PROP_NAME}, {@link #PROP_PID}, {@link #PROP_TIME}.
     */
    public static final String APP_BLOCKED = "focusflow/blocking/APP_BLOCKED";
    /** Blockers were engaged (session started or resumed, or blocking enabled). Property {@link #PROP_TIME}. */
    public static final String ENGAGED = "focusflow/blocking/ENGAGED";
    /** Blockers were disengaged. Property {@link #PROP_TIME}. */
    public static final String DISENGAGED = "focusflow/blocking/DISENGAGED";
    /**
     * A block was removed behind FocusFlow's back (e.g. edited out of the hosts file) and put back.
     * Properties {@link #PROP_BLOCKER}, {@link #PROP_TIME}.
     */
    public static final String TAMPERED = "focusflow/blocking/TAMPERED";
    /** The persisted enabled flag changed. Properties {@link #PROP_ENABLED}, {@link #PROP_TIME}. */
    public static final String ENABLED_CHANGED = "focusflow/blocking/ENABLED_CHANGED";
    /** Every blocking topic (not the block list), for an {@code event.topics} filter. */
    public static final String ALL = "focusflow/blocking/*";
    /**
     * A block-list item was added, enabled or disabled (also by an import). Properties {@link #PROP_ID},
     * {@link #PROP_TYPE}, {@link #PROP_VALUE}, {@link #PROP_ENABLED}; an import posts one event without
     * them.
     */
    public static final String BLOCKLIST_CHANGED = "focusflow/blocklist/CHANGED";

    /** Process name of the blocked app, String. */
    public static final String PROP_NAME = "name";
    /** Process id, Long. */
    public static final String PROP_PID = "pid";
    /** When it happened, Instant (UTC). */
    public static final String PROP_TIME = "time";
    /** The {@link Blocker#name()} concerned, String. */
    public static final String PROP_BLOCKER = "blocker";
    /** Enabled flag, Boolean. */
    public static final String PROP_ENABLED = "enabled";
    /** Block-list item id, String. */
    public static final String PROP_ID = "id";
    /** Block-list item type in its wire form ({@code "app"}, {@code "website"}), String. */
    public static final String PROP_TYPE = "type";
    /** Normalized block-list value, String. */
    public static final String PROP_VALUE = "value";

    private BlockingTopics() {
    }
}
