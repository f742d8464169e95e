package com.focusflow.blocking.internal.store;

import java.time.Instant;
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
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.list.BlockListStore;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.MigrationReport;
import com.focusflow.persistence.MigrationScripts;
import com.focusflow.persistence.SchemaMigrator;
import com.focusflow.persistence.jpa.JpaProperties;

/**
 * The block list's storage in FocusFlow's database. Activation only starts the migration and the JPA unit
 * on a background thread, off the framework's start path; calls that come earlier wait for it (up to 30 s,
 * then {@code DATABASE}).
 */
@Component(service = { BlockListStore.class, BlockingSettings.class })
public final class BlockDatabase implements BlockListStore, BlockingSettings {

    static final String UNIT = "focusflow.blocking";
    static final String MODULE = "com.focusflow.blocking";

    private static final Logger LOG = LoggerFactory.getLogger(BlockDatabase.class);

    private final CompletableFuture<JpaBlockStore> ready;

    @Activate
    public BlockDatabase(BundleContext context, @Reference(target = FocusFlowDatabase.TARGET) DataSource database,
            @Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactoryBuilder jpa) {
        ready = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            MigrationReport migration = new SchemaMigrator(MODULE,
                    MigrationScripts.fromBundle(context.getBundle(), MigrationScripts.DEFAULT_FOLDER)).migrate(database);
            JpaBlockStore store = new JpaBlockStore(jpa.createEntityManagerFactory(JpaProperties.forDataSource(database)));
            LOG.info("Block list ready in {} ms (schema v{})", (System.nanoTime() - t0) / 1_000_000, migration.toVersion());
            return store;
        }, task -> {
            Thread thread = new Thread(task, "FocusFlow block list database");
            thread.setDaemon(true);
            thread.start();
        });
        ready.exceptionally(e -> {
            LOG.error("The block list database could not be opened", e);
            return null;
        });
    }

    @Deactivate
    void deactivate() {
        ready.thenAccept(JpaBlockStore::close);
    }

    @Override
    public List<BlockedItem> list(ItemType type) {
        return store().list(type);
    }

    @Override
    public Optional<BlockedItem> get(String id) {
        return store().get(id);
    }

    @Override
    public BlockedItem add(ItemType type, String value, Instant now) {
        return store().add(type, value, now);
    }

    @Override
    public Optional<BlockedItem> setEnabled(String id, boolean enabled, Instant now) {
        return store().setEnabled(id, enabled, now);
    }

    @Override
    public SectionReport merge(List<BlockedItem> incoming) {
        return store().merge(incoming);
    }

    @Override
    public boolean enabled() {
        return store().enabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        store().setEnabled(enabled);
    }

    private JpaBlockStore store() {
        try {
            JpaBlockStore store = ready.get(30, TimeUnit.SECONDS);
            if (store == null) {
                throw FocusFlowException.database(null, "The block list database could not be opened; see the log");
            }
            return store;
        } catch (ExecutionException e) {
            throw FocusFlowException.database(e.getCause(), "The block list database could not be opened: %s",
                    e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw FocusFlowException.database(e, "The block list database is not ready after 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FocusFlowException.database(e, "Interrupted while waiting for the block list database");
        }
    }
}
