package com.focusflow.persistence;

/** How to find FocusFlow's database service and its configuration. */
public final class FocusFlowDatabase {
    /** Service property that names the database of a {@link javax.sql.DataSource} service. */
    public static final String NAME_PROPERTY = "focusflow.database";
    /** The name of FocusFlow's database. */
    public static final String NAME = "focusflow";
    /** Reference target for FocusFlow's {@link javax.sql.DataSource}. */
    public static final String TARGET = "(" + NAME_PROPERTY + "=" + NAME + ")";
    /** Config Admin PID of the database: {@code path}, {@code busyTimeoutMillis}, {@code maxConnections}. */
    public static final String PID = "com.focusflow.persistence.database";
    /** The database file in the data dir when no path is configured. */
    public static final String DEFAULT_FILE_NAME = "focusflow.db";

    private FocusFlowDatabase() {
    }
}
