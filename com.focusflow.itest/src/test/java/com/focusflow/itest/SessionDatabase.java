package com.focusflow.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

import com.focusflow.api.session.SessionService;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.SchemaReady;
import com.focusflow.persistence.internal.migration.MigrationScript;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/**
 * Gives a test its own SQLite file: points FocusFlow's database (Config Admin, {@link FocusFlowDatabase#PID}) at
 * it, which re-creates the DataSource and every component that uses it, and waits for the new
 * {@link SessionService} and every bundle's tables (their {@link SchemaReady} markers). Also writes files the way an earlier FocusFlow, or a crashed one, left them.
 */
final class SessionDatabase {

    static final String SESSION_BUNDLE = "com.focusflow.session";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final BundleContext context;

    SessionDatabase(BundleContext context) {
        this.context = context;
    }

    /** A new file in the data dir for this test. */
    Path newFile(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(context.getProperty("focusflow.home"), "itest-db"));
        Path file = Files.createTempFile(dir, name + "-", ".db");
        Files.delete(file);
        return file;
    }

    /** Switches FocusFlow to {@code file} and returns the session service that uses it, ready. */
    SessionService use(Path file) throws Exception {
        long before = sessionServiceId();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("path", file.toString());
        configuration().update(properties);
        return awaitNewSessionService(before);
    }

    /** Back to the default database file. */
    void useDefault() throws Exception {
        long before = sessionServiceId();
        configuration().delete();
        awaitNewSessionService(before);
    }

    /** The session service registered now, once it answers (its database is open). */
    SessionService awaitNewSessionService(long notId) throws Exception {
        // A configuration change re-creates the DataSource, then each component on it: a session service seen
        // here may be unregistered again before it is used (getService answers null), or its database not open
        // yet (the call throws); both are asked again.
        Bound bound = Poll.until(TIMEOUT, "a new SessionService answering", () -> {
            ServiceReference<SessionService> r = context.getServiceReference(SessionService.class);
            SessionService s = r == null || id(r) == notId ? null : context.getService(r);
            if (s == null) {
                return null;
            }
            s.active();
            return new Bound(r, s);
        });
        ServiceReference<SessionService> ref = bound.ref();
        SessionService service = bound.service();
        // Each store comes back when its tables are migrated, one bundle after the other on the extender's
        // thread; the shell's focus:* commands when the new session service is bound.
        Poll.until(TIMEOUT, "the schema markers of every bundle with migrations", () -> everySchemaReady() ? true : null);
        Poll.until(TIMEOUT, "the focus:* commands of the new session service", () -> {
            ServiceReference<?>[] commands = context.getServiceReferences((String) null, "(osgi.command.scope=focus)");
            return commands != null && Arrays.stream(commands).anyMatch(c -> id(c) > id(ref)) ? true : null;
        });
        return service;
    }

    private record Bound(ServiceReference<SessionService> ref, SessionService service) {
    }

    private boolean everySchemaReady() throws Exception {
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE && bundle.getHeaders("").get(SchemaReady.MIGRATIONS_HEADER) != null
                    && context.getServiceReferences(SchemaReady.class,
                            "(" + SchemaReady.SCHEMA_PROPERTY + "=" + bundle.getSymbolicName() + ")").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    long sessionServiceId() {
        ServiceReference<SessionService> r = context.getServiceReference(SessionService.class);
        return r == null ? -1 : id(r);
    }

    Bundle sessionBundle() {
        return Arrays.stream(context.getBundles()).filter(b -> SESSION_BUNDLE.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }

    /** The session bundle's own migration scripts, V1 first. */
    List<MigrationScript> sessionScripts() {
        return MigrationScripts.fromBundle(sessionBundle(), MigrationScripts.DEFAULT_FOLDER);
    }

    /** Creates {@code file} with the first {@code versions} session scripts and runs {@code statements} on it. */
    void write(Path file, int versions, String... statements) throws Exception {
        DataSource ds = plainSqlite(file);
        new SchemaMigrator(SESSION_BUNDLE, sessionScripts().subList(0, versions)).migrate(ds);
        execute(ds, statements);
    }

    /** Runs statements on FocusFlow's current database, through its DataSource service. */
    void executeOnCurrent(String... statements) throws Exception {
        ServiceReference<DataSource> ref = context.getServiceReferences(DataSource.class, FocusFlowDatabase.TARGET)
                .iterator().next();
        try {
            execute(context.getService(ref), statements);
        } finally {
            context.ungetService(ref);
        }
    }

    /** The file through sqlite-jdbc directly, as another program opens it (not FocusFlow's DataSource). */
    DataSource plainSqlite(Path file) throws Exception {
        ServiceReference<DataSourceFactory> ref = context.getServiceReferences(DataSourceFactory.class,
                "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.sqlite.JDBC)").iterator().next();
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, "jdbc:sqlite:" + file);
        try {
            return context.getService(ref).createDataSource(p);
        } finally {
            context.ungetService(ref);
        }
    }

    private static void execute(DataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private Configuration configuration() throws Exception {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        return context.getService(ref).getConfiguration(FocusFlowDatabase.PID, "?");
    }

    private static long id(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }
}
