package com.focusflow.persistence.internal;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.LoggerFactory;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.persistence.FocusFlowDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * FocusFlow's database as a {@link DataSource} service: SQLite connections from the pax-jdbc
 * {@link DataSourceFactory}, pooled by HikariCP. Nothing is opened at activation: the pool starts with the
 * first connection asked for, so the database costs nothing on the start path until a bundle uses it.
 * A changed configuration re-creates the component, and with it every component that uses the database.
 */
@Component(service = { DataSource.class, HealthContributor.class }, configurationPid = FocusFlowDatabase.PID,
        property = FocusFlowDatabase.NAME_PROPERTY + "=" + FocusFlowDatabase.NAME)
@Designate(ocd = DatabaseConfig.class)
public final class PooledSqliteDataSource implements DataSource, HealthContributor {

    static final String HEALTH_NAME = "database";

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(PooledSqliteDataSource.class);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final WriteProbe probe;

    @Activate
    public PooledSqliteDataSource(BundleContext context, DatabaseConfig config,
            @Reference(target = "(osgi.jdbc.driver.class=org.sqlite.JDBC)") DataSourceFactory sqlite)
            throws SQLException, IOException {
        this.settings = DatabaseSettings.of(config, context.getProperty("focusflow.home"));
        Files.createDirectories(settings.file().getParent());
        File nativeLibraries = context.getDataFile("sqlite-native");
        if (nativeLibraries != null) { // null: a framework without storage; sqlite-jdbc unpacks its own then
            SqliteNativeLibrary.keepIn(nativeLibraries.toPath(), System.getProperties());
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("focusflow-db");
        hikari.setDataSource(sqlite.createDataSource(settings.driverProperties()));
        hikari.setMaximumPoolSize(settings.maxConnections());
        hikari.setMinimumIdle(1);
        // A connection waits for the pool a little longer than a writer waits for the lock.
        hikari.setConnectionTimeout(Math.max(250L, settings.busyTimeoutMillis() + 5_000L));
        this.pool = new HikariDataSource();
        hikari.copyStateTo(pool);
        this.probe = new WriteProbe(pool, settings.file(), settings.busyTimeoutMillis());
        LOG.info("Database {} (pool of at most {} connections, busy timeout {} ms)", settings.file(),
                settings.maxConnections(), settings.busyTimeoutMillis());
    }

    /** Closes the pool (deactivation; public for use outside OSGi, e.g. the benchmark). */
    @Deactivate
    public void close() {
        probe.close();
        pool.close();
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Connection connection = pool.getConnection();
            lastFailure.set(null);
            return BrokenTransactionGuard.wrap(connection, pool::evictConnection);
        } catch (SQLException e) {
            lastFailure.set("cannot open " + settings.file() + ": " + e.getMessage());
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("SQLite has no users: use getConnection()");
    }

    @Override
    public List<HealthItem> health() {
        String failure = lastFailure.get();
        if (failure != null) {
            return List.of(new HealthItem(HEALTH_NAME, HealthStatus.DOWN, failure));
        }
        String problem = probe.problem();
        return List.of(problem == null ? HealthItem.up(HEALTH_NAME) : new HealthItem(HEALTH_NAME, HealthStatus.DEGRADED, problem));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
