package com.focusflow.api.analytics;

/** Event Admin topics the analytics bundle posts, and their property keys. */
public final class AnalyticsTopics {
    /**
     * A day's statistics changed (after a session ended, a blocked attempt, an import or a rebuild), so
     * views can refresh without racing the update. Property {@link #PROP_DATE}.
     */
    public static final String UPDATED = "focusflow/analytics/UPDATED";

    /** The local day that changed, LocalDate. */
    public static final String PROP_DATE = "date";

    private AnalyticsTopics() {
    }
}
