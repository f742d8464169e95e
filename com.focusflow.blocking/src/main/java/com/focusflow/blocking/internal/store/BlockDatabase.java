package com.focusflow.blocking.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.list.BlockListStore;
import com.focusflow.persistence.SchemaReady;

/**
 * The block list's storage in FocusFlow's database, as a service. It exists only while its tables are
 * migrated (the {@link SchemaReady} marker of this bundle) and its JPA unit is open (the EntityManagerFactory
 * service Aries JPA registers once the database is there); until then SCR reports it unsatisfied.
 */
@Component(service = { BlockListStore.class, BlockingSettings.class })
public final class BlockDatabase implements BlockListStore, BlockingSettings {

    static final String UNIT = "focusflow.blocking";
    static final String MODULE = "com.focusflow.blocking";

    private final JpaBlockStore store;

    @Activate
    public BlockDatabase(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory unit,
            @Reference(target = "(" + SchemaReady.SCHEMA_PROPERTY + "=" + MODULE + ")") SchemaReady schema) {
        this.store = new JpaBlockStore(unit);
    }

    @Override
    public List<BlockedItem> list(ItemType type) {
        return store.list(type);
    }

    @Override
    public Optional<BlockedItem> get(String id) {
        return store.get(id);
    }

    @Override
    public BlockedItem add(ItemType type, String value, Instant now) {
        return store.add(type, value, now);
    }

    @Override
    public Optional<BlockedItem> setEnabled(String id, boolean enabled, Instant now) {
        return store.setEnabled(id, enabled, now);
    }

    @Override
    public SectionReport merge(List<BlockedItem> incoming) {
        return store.merge(incoming);
    }

    @Override
    public boolean enabled() {
        return store.enabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        store.setEnabled(enabled);
    }
}
