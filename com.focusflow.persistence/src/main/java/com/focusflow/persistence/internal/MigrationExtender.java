package com.focusflow.persistence.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.SchemaReady;
import com.focusflow.persistence.internal.migration.BundleSchemas;
import com.focusflow.persistence.internal.migration.MigrationHeader;
import com.focusflow.persistence.internal.migration.MigrationScripts;

/**
 * The migration extender: every started bundle with a {@value SchemaReady#MIGRATIONS_HEADER} header has its
 * tables migrated in FocusFlow's database, on this component's own thread (never the start-level or SCR
 * thread), and then gets a {@link SchemaReady} marker service. The marker goes when the bundle stops or the
 * database does (a new database, e.g. another file configured, is migrated again from the start).
 */
@Component(service = HealthContributor.class, immediate = true)
public final class MigrationExtender implements HealthContributor {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
        Thread t = new Thread(task, "FocusFlow schema migrations");
        t.setDaemon(true);
        return t;
    });
    private final BundleSchemas schemas;
    private final BundleTracker<BundleSchemas.Schema> tracker;
    private final Map<String, HealthItem> badHeaders = new ConcurrentHashMap<>();

    @Activate
    public MigrationExtender(BundleContext context, @Reference(target = FocusFlowDatabase.TARGET) DataSource database) {
        // A retry still waiting when the database goes is dropped, not run (nor waited for) after shutdown.
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        schemas = new BundleSchemas(database, thread,
                (task, delay) -> thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                (schema, version) -> registerMarker(context, schema, version));
        // STARTING too: a lazily activated bundle's components are declared while it waits in STARTING.
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public BundleSchemas.Schema addingBundle(Bundle bundle, BundleEvent event) {
                return track(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, BundleSchemas.Schema schema) {
                schemas.remove(schema);
            }
        };
        tracker.open();
    }

    private BundleSchemas.Schema track(Bundle bundle) {
        String folder;
        badHeaders.remove(bundle.getSymbolicName());
        try {
            folder = MigrationHeader.folder(bundle.getHeaders("").get(SchemaReady.MIGRATIONS_HEADER));
        } catch (IllegalArgumentException e) {
            LOG.error("Bundle {} is not migrated: {}", bundle.getSymbolicName(), e.getMessage());
            badHeaders.put(bundle.getSymbolicName(),
                    new HealthItem("schema " + bundle.getSymbolicName(), HealthStatus.DOWN, e.getMessage()));
            return null;
        }
        return folder == null ? null
                : schemas.add(bundle.getSymbolicName(), () -> MigrationScripts.fromBundle(bundle, folder));
    }

    private static Runnable registerMarker(BundleContext context, String schema, int version) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(SchemaReady.SCHEMA_PROPERTY, schema);
        properties.put(SchemaReady.VERSION_PROPERTY, version);
        properties.put(FocusFlowDatabase.NAME_PROPERTY, FocusFlowDatabase.NAME);
        ServiceRegistration<SchemaReady> registration = context.registerService(SchemaReady.class,
                new Marker(schema, version), properties);
        return () -> unregister(registration);
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it with this bundle
        }
    }

    /**
     * Unregisters every marker now and returns: a migration still running finishes on its own thread (its
     * transaction is not cut) and registers nothing; queued ones do nothing.
     */
    @Deactivate
    void deactivate() {
        tracker.close();
        thread.shutdown();
    }

    @Override
    public List<HealthItem> health() {
        List<HealthItem> items = new ArrayList<>(badHeaders.values());
        items.addAll(schemas.health());
        return items;
    }

    /** The marker service of one schema. */
    private record Marker(String schema, int version) implements SchemaReady {
    }
}
