package com.focusflow.persistence.internal;

import java.nio.file.Path;
import java.util.Properties;

import com.focusflow.persistence.FocusFlowDatabase;

/**
 * The database as configured: where the file is, and the connection settings every FocusFlow connection
 * gets (WAL journal, foreign keys, busy timeout, write lock taken when a transaction begins).
 *
 * @param file absolute path of the database file
 * @param busyTimeoutMillis how long a writer waits for the lock
 * @param maxConnections pool size
 */
record DatabaseSettings(Path file, int busyTimeoutMillis, int maxConnections) {

    static final int MAX_CONNECTIONS = 5;

    /**
     * @param home the data dir (framework property {@code focusflow.home}); needed unless the path is absolute
     * @throws IllegalArgumentException naming what is wrong with the configuration
     */
    static DatabaseSettings of(DatabaseConfig config, String home) {
        String configured = config.path() == null ? "" : config.path().strip();
        Path file = configured.isEmpty() ? null : Path.of(configured);
        if (file == null || !file.isAbsolute()) {
            if (home == null || home.isBlank()) {
                throw new IllegalArgumentException("The framework property focusflow.home is not set and the database "
                        + "path is not absolute: start FocusFlow with its launcher or configure " + FocusFlowDatabase.PID);
            }
            file = Path.of(home).resolve(file == null ? Path.of(FocusFlowDatabase.DEFAULT_FILE_NAME) : file);
        }
        if (config.busyTimeoutMillis() < 0) {
            throw new IllegalArgumentException("busyTimeoutMillis must be at least 0, was " + config.busyTimeoutMillis());
        }
        if (config.maxConnections() < 1 || config.maxConnections() > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("maxConnections must be 1.." + MAX_CONNECTIONS + ", was " + config.maxConnections());
        }
        return new DatabaseSettings(file.toAbsolutePath().normalize(), config.busyTimeoutMillis(), config.maxConnections());
    }

    /** The properties for the SQLite DataSourceFactory. */
    Properties driverProperties() {
        Properties p = new Properties();
        p.setProperty("url", "jdbc:sqlite:" + file);
        p.setProperty("journalMode", "WAL");
        // With WAL, NORMAL loses no committed transaction when the app crashes, only at power loss.
        p.setProperty("synchronous", "NORMAL");
        p.setProperty("enforceForeignKeys", "true");
        p.setProperty("busyTimeout", Integer.toString(busyTimeoutMillis));
        // BEGIN IMMEDIATE: a writer waits for the lock up front instead of failing when it upgrades a read.
        p.setProperty("transactionMode", "IMMEDIATE");
        return p;
    }
}
