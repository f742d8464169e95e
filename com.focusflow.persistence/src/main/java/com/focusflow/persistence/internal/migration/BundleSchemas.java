package com.focusflow.persistence.internal.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;

/**
 * The schemas of the bundles that declare migrations, against one database: each added bundle is migrated on
 * the given executor (one thread: migrations never run side by side, nor on the caller's thread), then its
 * marker is registered; a removed bundle's marker is unregistered at once. A failed migration registers
 * nothing and stays in {@link #health()} until the bundle goes.
 */
public final class BundleSchemas {

    /** Registers the marker of a migrated schema; the returned handle unregisters it. */
    @FunctionalInterface
    public interface Markers {
        Runnable register(String schema, int version);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BundleSchemas.class);

    private final DataSource database;
    private final Executor executor;
    private final Markers markers;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public BundleSchemas(DataSource database, Executor executor, Markers markers) {
        this.database = database;
        this.executor = executor;
        this.markers = markers;
    }

    /**
     * Queues the migration of {@code schema} (a bundle's symbolic name).
     *
     * @param scripts read on the migration thread; may throw (then the migration failed)
     * @return the handle to pass to {@link #remove}
     */
    public Schema add(String schema, Supplier<List<MigrationScript>> scripts) {
        Schema added = new Schema(schema, scripts);
        Schema previous = schemas.put(schema, added);
        if (previous != null) {
            previous.remove();
        }
        try {
            executor.execute(added::migrate);
        } catch (RejectedExecutionException closing) {
            LOG.debug("Not migrating {}: the database is going away", schema);
        }
        return added;
    }

    /** Unregisters the marker of a bundle that stopped, or forgets its queued migration. */
    public void remove(Schema schema) {
        schemas.remove(schema.name, schema);
        schema.remove();
    }

    /** Adds a health item for every failed migration and every one still to run; one item if all are done. */
    public List<HealthItem> health() {
        List<HealthItem> items = new ArrayList<>();
        schemas.values().stream().sorted(Comparator.comparing(s -> s.name)).forEach(s -> {
            String failure = s.failure;
            if (failure != null) {
                items.add(new HealthItem("schema " + s.name, HealthStatus.DOWN, "the tables of " + s.name
                        + " could not be migrated, so its stores are off: " + failure));
            } else if (s.version < 0) {
                items.add(new HealthItem("schema " + s.name, HealthStatus.STARTING, "the tables of " + s.name
                        + " are being migrated"));
            }
        });
        return items.isEmpty() ? List.of(HealthItem.up("schemas")) : items;
    }

    /** One bundle's schema: migrated at most once, its marker registered at most once. */
    public final class Schema {
        private final String name;
        private final Supplier<List<MigrationScript>> scripts;
        private Runnable unregister;
        private boolean removed;
        private volatile int version = -1;
        private volatile String failure;

        private Schema(String name, Supplier<List<MigrationScript>> scripts) {
            this.name = name;
            this.scripts = scripts;
        }

        private void migrate() {
            synchronized (this) {
                if (removed) {
                    return;
                }
            }
            MigrationReport report;
            try {
                report = new SchemaMigrator(name, scripts.get()).migrate(database);
            } catch (RuntimeException e) {
                boolean gone;
                synchronized (this) {
                    gone = removed;
                    failure = gone ? null : e.getMessage();
                }
                if (gone) {
                    LOG.debug("Migration of {} ended with its bundle or the database", name, e);
                } else {
                    LOG.error("The tables of {} could not be migrated; its stores stay off", name, e);
                }
                return;
            }
            LOG.info("Tables of {} at v{} ({}, {} ms)", name, report.toVersion(),
                    report.upToDate() ? "up to date" : "applied " + report.applied(), report.millis());
            // Registered outside the lock: registering activates the bundle's stores, which may take a while.
            Runnable registration = markers.register(name, report.toVersion());
            boolean keep;
            synchronized (this) {
                keep = !removed;
                if (keep) {
                    unregister = registration;
                    version = report.toVersion();
                }
            }
            if (!keep) {
                registration.run();
            }
        }

        private void remove() {
            Runnable registration;
            synchronized (this) {
                removed = true;
                registration = unregister;
                unregister = null;
            }
            if (registration != null) {
                registration.run();
            }
        }
    }
}
