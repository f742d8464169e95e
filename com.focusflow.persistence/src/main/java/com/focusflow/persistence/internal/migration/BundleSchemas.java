package com.focusflow.persistence.internal.migration;

import java.time.Duration;
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
 * nothing, is in {@link #health()} as DOWN, and is tried again later (1 s, doubling up to a minute): another
 * program holding the database's lock at start-up must not leave FocusFlow without its tables for good.
 */
public final class BundleSchemas {

    /** Registers the marker of a migrated schema; the returned handle unregisters it. */
    @FunctionalInterface
    public interface Markers {
        Runnable register(String schema, int version);
    }

    /** Runs a task on the migration thread after a delay. */
    @FunctionalInterface
    public interface Later {
        void run(Runnable task, Duration delay);
    }

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(BundleSchemas.class);

    private final DataSource database;
    private final Executor executor;
    private final Markers markers;
    private final Later later;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public BundleSchemas(DataSource database, Executor executor, Later later, Markers markers) {
        this.database = database;
        this.executor = executor;
        this.later = later;
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
                        + " could not be migrated, so its stores are off (trying again): " + failure));
            } else if (s.version < 0) {
                items.add(new HealthItem("schema " + s.name, HealthStatus.STARTING, "the tables of " + s.name
                        + " are being migrated"));
            }
        });
        return items.isEmpty() ? List.of(HealthItem.up("schemas")) : items;
    }

    /** One bundle revision's schema: migrated until it succeeds or the bundle goes; its marker registered once. */
    public final class Schema {
        private final String name;
        private final Supplier<List<MigrationScript>> scripts;
        private Runnable unregister;
        private boolean removed;
        private volatile int version = -1;
        private volatile String failure;
        private Duration nextRetry = FIRST_RETRY;

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
                failed(e);
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
                    failure = null;
                }
            }
            if (!keep) {
                registration.run();
            }
        }

        private void failed(RuntimeException e) {
            boolean first;
            Duration retry;
            synchronized (this) {
                if (removed) {
                    LOG.debug("Migration of {} ended with its bundle or the database", name, e);
                    return;
                }
                String message = String.valueOf(e.getMessage());
                first = !message.equals(failure);
                failure = message;
                retry = nextRetry;
                nextRetry = nextRetry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : nextRetry.multipliedBy(2);
            }
            if (first) {
                LOG.error("The tables of {} could not be migrated; its stores stay off (trying again in {} s)", name,
                        retry.toSeconds(), e);
            } else {
                LOG.debug("The tables of {} could not be migrated again; next try in {} s: {}", name, retry.toSeconds(),
                        e.getMessage());
            }
            try {
                later.run(this::migrate, retry);
            } catch (RejectedExecutionException closing) {
                LOG.debug("Not retrying {}: the database is going away", name);
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
