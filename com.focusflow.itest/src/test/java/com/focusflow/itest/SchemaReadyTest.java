package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.SchemaReady;

/**
 * The persistence bundle as an extender: a bundle's stores exist only once its tables are migrated (its
 * {@link SchemaReady} marker is there); a bundle with a broken script gets no marker and health says why.
 */
class SchemaReadyTest {

    static final String SCHEDULE = "com.focusflow.schedule";
    static final String SCHEDULE_STORE = "com.focusflow.schedule.internal.store.ScheduleDatabase";
    static final String SCHEDULE_MARKER = "(" + SchemaReady.SCHEMA_PROPERTY + "=" + SCHEDULE + ")";

    @InjectBundleContext
    BundleContext context;
    @InjectService
    ServiceComponentRuntime scr;
    @InjectService
    HealthService health;
    @InjectService
    ConfigurationAdmin configAdmin;
    @InjectService(filter = SCHEDULE_MARKER, cardinality = 0)
    ServiceAware<SchemaReady> scheduleSchema;
    @InjectService(filter = "(" + SchemaReady.SCHEMA_PROPERTY + "=itest.*)", cardinality = 0)
    ServiceAware<SchemaReady> testSchemas;

    private final List<Bundle> installed = new java.util.ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (Bundle bundle : installed) {
            bundle.uninstall();
        }
        if (configAdmin.listConfigurations("(service.pid=" + FocusFlowDatabase.PID + ")") != null) {
            new SessionDatabase(context).useDefault();
        }
    }

    @Test
    void everyBundleWithMigrationsHasItsMarkerWithItsSchemaVersion() throws Exception {
        Map<String, Integer> expected = Map.of("com.focusflow.session", 4, "com.focusflow.blocking", 1,
                "com.focusflow.analytics", 1, "com.focusflow.sync", 1, SCHEDULE, 1);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            SchemaReady marker = Poll.until(SessionDatabase.TIMEOUT, "the marker of " + e.getKey(),
                    () -> markerOf(e.getKey()));
            assertThat(marker.version()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void storeIsUnsatisfiedWhileItsDatabaseIsLockedAndActiveOnceItsMarkerIsThere() throws Exception {
        SessionDatabase db = new SessionDatabase(context);
        Path file = db.newFile("locked");
        DataSource plain = plainSqlite(file);
        try (Connection lock = plain.getConnection(); Statement s = lock.createStatement()) {
            // Another program holds the new file's lock: the migrations into it wait or fail and are tried again.
            s.execute("BEGIN IMMEDIATE");
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("path", file.toString());
            properties.put("busyTimeoutMillis", 120_000);
            configAdmin.getConfiguration(FocusFlowDatabase.PID, "?").update(properties);

            // (First the DataSource is missing, while it is re-created; then only the marker.)
            String waiting = Poll.until(SessionDatabase.TIMEOUT, "the schedule store waiting for its marker", () -> {
                ComponentConfigurationDTO c = scheduleStore();
                String targets = c == null || c.state != ComponentConfigurationDTO.UNSATISFIED_REFERENCE ? ""
                        : Arrays.toString(Arrays.stream(c.unsatisfiedReferences).map(r -> r.target).toArray());
                return targets.contains(SCHEDULE_MARKER) && !targets.contains(FocusFlowDatabase.TARGET) ? targets : null;
            });
            assertThat(waiting).isEqualTo("[" + SCHEDULE_MARKER + "]");
            assertThat(scheduleSchema.isEmpty()).as("no marker while the migration waits").isTrue();
            assertThat(context.getServiceReferences("com.focusflow.schedule.internal.store.ScheduleStore", null))
                    .as("no store service").isNull();
            assertThat(Poll.until(SessionDatabase.TIMEOUT, "health names the waiting migration",
                    () -> item("schema " + SCHEDULE))).isNotNull();

            s.execute("ROLLBACK");
        }

        SchemaReady marker = scheduleSchema.waitForService(SessionDatabase.TIMEOUT.toMillis());
        assertThat(marker).as("the marker after the migration").isNotNull();
        assertThat(marker.version()).isEqualTo(1);
        Integer state = Poll.until(SessionDatabase.TIMEOUT, "the schedule store satisfied", () -> {
            ComponentConfigurationDTO c = scheduleStore();
            return c != null && c.state != ComponentConfigurationDTO.UNSATISFIED_REFERENCE ? c.state : null;
        });
        assertThat(state).isIn(ComponentConfigurationDTO.SATISFIED, ComponentConfigurationDTO.ACTIVE);
        assertThat(count(plain, "SELECT count(*) FROM schema_version WHERE module = '" + SCHEDULE + "'")).isEqualTo(1);
    }

    @Test
    void bundleWithMigrationsGetsItsTablesAndMarker() throws Exception {
        install("itest.notes", Map.of("V1__create_notes.sql", "CREATE TABLE itest_notes (id INTEGER PRIMARY KEY);",
                "V2__add_text.sql", "ALTER TABLE itest_notes ADD COLUMN text TEXT;"));

        SchemaReady marker = testSchemas.waitForService(SessionDatabase.TIMEOUT.toMillis());

        assertThat(marker.schema()).isEqualTo("itest.notes");
        assertThat(marker.version()).isEqualTo(2);
        assertThat(count(database(), "SELECT count(*) FROM itest_notes WHERE text IS NULL")).isZero();

        installed.remove(0).uninstall();
        // At once, or (if the bundle stopped while its marker was being registered) right after registering.
        assertThat(Poll.until(SessionDatabase.TIMEOUT, "the marker gone with its bundle",
                () -> testSchemas.isEmpty() ? true : null)).isTrue();
    }

    @Test
    void failedMigrationRegistersNoMarkerAndHealthNamesTheBundle() throws Exception {
        install("itest.broken", Map.of("V1__broken.sql", "ALTER TABLE itest_no_such_table ADD COLUMN x TEXT;"));

        HealthItem item = Poll.until(SessionDatabase.TIMEOUT, "health names the failed migration", () -> {
            HealthItem i = item("schema itest.broken");
            return i != null && i.status() == HealthStatus.DOWN ? i : null;
        });

        assertThat(item.message()).contains("itest.broken", "V1__broken.sql", "itest_no_such_table");
        assertThat(testSchemas.isEmpty()).isTrue();

        installed.remove(0).uninstall();
        assertThat(Poll.until(SessionDatabase.TIMEOUT, "the item gone with the bundle",
                () -> item("schema itest.broken") == null ? Boolean.TRUE : null)).isTrue();
    }

    private SchemaReady markerOf(String bsn) throws Exception {
        var refs = context.getServiceReferences(SchemaReady.class, "(" + SchemaReady.SCHEMA_PROPERTY + "=" + bsn + ")");
        return refs.isEmpty() ? null : context.getService(refs.iterator().next());
    }

    private ComponentConfigurationDTO scheduleStore() {
        Bundle schedule = Arrays.stream(context.getBundles()).filter(b -> SCHEDULE.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(schedule, SCHEDULE_STORE);
        return scr.getComponentConfigurationDTOs(description).stream().findFirst().orElse(null);
    }

    private HealthItem item(String name) {
        return health.report().items().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    private void install(String bsn, Map<String, String> scripts) throws Exception {
        Bundle bundle = context.installBundle("itest:" + bsn, new ByteArrayInputStream(jar(bsn, scripts)));
        installed.add(bundle);
        bundle.start();
    }

    private static byte[] jar(String bsn, Map<String, String> scripts) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", bsn);
        main.putValue(SchemaReady.MIGRATIONS_HEADER, "db/migration");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                jar.putNextEntry(new JarEntry("db/migration/" + script.getKey()));
                jar.write(script.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private DataSource database() throws Exception {
        ServiceReference<DataSource> ref = context.getServiceReferences(DataSource.class, FocusFlowDatabase.TARGET)
                .iterator().next();
        return context.getService(ref);
    }

    private DataSource plainSqlite(Path file) throws Exception {
        ServiceReference<DataSourceFactory> ref = context.getServiceReferences(DataSourceFactory.class,
                "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.sqlite.JDBC)").iterator().next();
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, "jdbc:sqlite:" + file);
        return context.getService(ref).createDataSource(p);
    }

    private static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
