package com.focusflow.schedule.internal.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.MigrationReport;
import com.focusflow.persistence.MigrationScripts;
import com.focusflow.persistence.SchemaMigrator;

/**
 * The schedules' storage in FocusFlow's database. Activation only starts the migration on a background thread,
 * off the framework's start path; calls that come earlier wait for it (up to 30 s, then {@code DATABASE}).
 */
@Component(service = ScheduleStore.class)
public final class ScheduleDatabase implements ScheduleStore {

    static final String MODULE = "com.focusflow.schedule";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleDatabase.class);

    private final CompletableFuture<JdbcScheduleStore> ready;

    @Activate
    public ScheduleDatabase(BundleContext context, @Reference(target = FocusFlowDatabase.TARGET) DataSource database) {
        ready = CompletableFuture.supplyAsync(() -> {
            MigrationReport migration = new SchemaMigrator(MODULE,
                    MigrationScripts.fromBundle(context.getBundle(), MigrationScripts.DEFAULT_FOLDER)).migrate(database);
            LOG.info("Schedules ready (schema v{})", migration.toVersion());
            return new JdbcScheduleStore(database);
        }, task -> {
            Thread thread = new Thread(task, "FocusFlow schedule database");
            thread.setDaemon(true);
            thread.start();
        });
        ready.exceptionally(e -> {
            LOG.error("The schedule database could not be opened", e);
            return null;
        });
    }

    @Override
    public List<Schedule> all() {
        return store().all();
    }

    @Override
    public Optional<Schedule> get(String id) {
        return store().get(id);
    }

    @Override
    public void insert(Schedule schedule) {
        store().insert(schedule);
    }

    @Override
    public boolean update(Schedule schedule) {
        return store().update(schedule);
    }

    @Override
    public boolean delete(String id) {
        return store().delete(id);
    }

    @Override
    public SectionReport merge(List<Schedule> incoming) {
        return store().merge(incoming);
    }

    private JdbcScheduleStore store() {
        try {
            JdbcScheduleStore store = ready.get(30, TimeUnit.SECONDS);
            if (store == null) {
                throw FocusFlowException.database(null, "The schedule database could not be opened; see the log");
            }
            return store;
        } catch (ExecutionException e) {
            throw FocusFlowException.database(e.getCause(), "The schedule database could not be opened: %s",
                    e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw FocusFlowException.database(e, "The schedule database is not ready after 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FocusFlowException.database(e, "Interrupted while waiting for the schedule database");
        }
    }
}
