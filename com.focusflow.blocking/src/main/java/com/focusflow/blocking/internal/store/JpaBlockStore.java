package com.focusflow.blocking.internal.store;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.list.BlockListMerge;
import com.focusflow.blocking.internal.list.BlockListStore;
import com.focusflow.persistence.jpa.Transactions;

/**
 * The block list and the enabled flag in {@code blocked_items} and {@code blocking_state}, through JPA:
 * named queries with parameters only, one short-lived EntityManager per call, writes in one transaction
 * each. A write that reads before it writes (add, merge) takes SQLite's write lock before its first read
 * ({@link #lockedWrite}), so find-then-insert is safe against a concurrent add or import.
 */
public final class JpaBlockStore implements BlockListStore, BlockingSettings, AutoCloseable {

    private final Transactions transactions;

    public JpaBlockStore(EntityManagerFactory emf) {
        this.transactions = new Transactions(emf, "block list database");
    }

    @Override
    public List<BlockedItem> list(ItemType type) {
        return transactions.read(em -> (type == null
                ? em.createNamedQuery(BlockedItemEntity.ALL, BlockedItemEntity.class)
                : em.createNamedQuery(BlockedItemEntity.BY_TYPE, BlockedItemEntity.class).setParameter("type", type.value()))
                .getResultList().stream().map(BlockedItemEntity::toItem).toList());
    }

    @Override
    public Optional<BlockedItem> get(String id) {
        Long key = key(id);
        return key == null ? Optional.empty()
                : Optional.ofNullable(transactions.read(em -> em.find(BlockedItemEntity.class, key))).map(BlockedItemEntity::toItem);
    }

    @Override
    public BlockedItem add(ItemType type, String value, Instant now) {
        return lockedWrite(em -> {
            List<BlockedItemEntity> existing = em.createNamedQuery(BlockedItemEntity.BY_TYPE_AND_VALUE, BlockedItemEntity.class)
                    .setParameter("type", type.value()).setParameter("value", value).getResultList();
            if (!existing.isEmpty()) {
                existing.get(0).enable(true, now);
                return existing.get(0).toItem();
            }
            Long max = em.createNamedQuery(BlockedItemEntity.MAX_ID, Long.class).getSingleResult();
            BlockedItemEntity item = new BlockedItemEntity(max == null ? 1 : max + 1, type, value, now);
            em.persist(item);
            return item.toItem();
        });
    }

    @Override
    public Optional<BlockedItem> setEnabled(String id, boolean enabled, Instant now) {
        Long key = key(id);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(transactions.write(em -> {
            BlockedItemEntity item = em.find(BlockedItemEntity.class, key);
            if (item == null) {
                return null;
            }
            item.enable(enabled, now);
            return item.toItem();
        }));
    }

    @Override
    public SectionReport merge(List<BlockedItem> incoming) {
        return lockedWrite(em -> {
            List<BlockedItemEntity> rows = em.createNamedQuery(BlockedItemEntity.ALL, BlockedItemEntity.class).getResultList();
            BlockListMerge.Result result = BlockListMerge.merge(rows.stream().map(BlockedItemEntity::toItem).toList(), incoming);
            result.added().forEach(item -> em.persist(BlockedItemEntity.imported(item)));
            result.updated().forEach(item -> em.find(BlockedItemEntity.class, Long.valueOf(item.id()))
                    .adopt(item.enabled(), item.updatedAt()));
            return result.report();
        });
    }

    @Override
    public boolean enabled() {
        BlockingStateEntity state = transactions.read(em -> em.find(BlockingStateEntity.class, BlockingStateEntity.ID));
        return state == null || state.enabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        transactions.write(em -> {
            BlockingStateEntity state = em.find(BlockingStateEntity.class, BlockingStateEntity.ID);
            if (state == null) {
                throw new PersistenceException("blocking_state has no row; the migration did not run");
            }
            state.set(enabled, Instant.now());
            return null;
        });
    }

    @Override
    public void close() {
        transactions.close();
    }

    /**
     * A write transaction whose reads already hold the write lock. EclipseLink runs a transaction's reads on a
     * pooled connection of their own until its first write, so a user's add and an import could both read the
     * same highest id (or miss each other's new item) and then collide on the primary key or the unique
     * (type, value). Asking for the transaction's connection begins the database transaction at once
     * ({@code BEGIN IMMEDIATE}: the DataSource's transaction mode), and the reads that follow run on it.
     */
    private <T> T lockedWrite(Function<EntityManager, T> work) {
        return transactions.write(em -> {
            em.unwrap(Connection.class);
            return work.apply(em);
        });
    }

    private static Long key(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
