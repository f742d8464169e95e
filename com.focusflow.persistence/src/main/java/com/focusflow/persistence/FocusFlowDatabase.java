package com.focusflow.persistence;

/** How to find FocusFlow's database service and its configuration. */
public final class FocusFlowDatabase {
    /** Service property that names the database of a {@link javax.sql.DataSource} service. */
    public static final String NAME_PROPERTY = "focusflow.database";
    /** The name of FocusFlow's database. */
    public static final String NAME = "focusflow";
    /** Reference target for FocusFlow's {@link javax.sql.DataSource}. */
    public static final String TARGET = "(" + NAME_PROPERTY + "=" + NAME + ")";
    /**
     * The {@code <non-jta-data-source>} of a JPA unit on FocusFlow's database: Aries JPA tracks this DataSource
     * service and registers the unit's EntityManagerFactory service while it exists.
     */
    public static final String JPA_DATA_SOURCE = "osgi:service/javax.sql.DataSource/" + TARGET;
    /** Config Admin PID of the database: {@code path}, {@code busyTimeoutMillis}, {@code maxConnections}. */
    public static final String PID = "com.focusflow.persistence.database";
    /** The database file in the data dir when no path is configured. */
    public static final String DEFAULT_FILE_NAME = "focusflow.db";

    private FocusFlowDatabase() {
    }
}
