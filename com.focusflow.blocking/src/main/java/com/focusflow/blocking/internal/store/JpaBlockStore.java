package com.focusflow.blocking.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.list.BlockListStore;

/**
 * The block list and the enabled flag in {@code blocked_items} and {@code blocking_state}, through JPA:
 * named queries with parameters only, one short-lived EntityManager per call, writes in one transaction
 * each (SQLite write transactions take the write lock when they begin, so find-then-insert is safe).
 */
public final class JpaBlockStore implements BlockListStore, BlockingSettings, AutoCloseable {

    private final EntityManagerFactory emf;

    public JpaBlockStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<BlockedItem> list(ItemType type) {
        return read(em -> (type == null
                ? em.createNamedQuery(BlockedItemEntity.ALL, BlockedItemEntity.class)
                : em.createNamedQuery(BlockedItemEntity.BY_TYPE, BlockedItemEntity.class).setParameter("type", type.value()))
                .getResultList().stream().map(BlockedItemEntity::toItem).toList());
    }

    @Override
    public Optional<BlockedItem> get(String id) {
        Long key = key(id);
        return key == null ? Optional.empty()
                : Optional.ofNullable(read(em -> em.find(BlockedItemEntity.class, key))).map(BlockedItemEntity::toItem);
    }

    @Override
    public BlockedItem add(ItemType type, String value, Instant now) {
        return write(em -> {
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
        return Optional.ofNullable(write(em -> {
            BlockedItemEntity item = em.find(BlockedItemEntity.class, key);
            if (item == null) {
                return null;
            }
            item.enable(enabled, now);
            return item.toItem();
        }));
    }

    @Override
    public boolean enabled() {
        BlockingStateEntity state = read(em -> em.find(BlockingStateEntity.class, BlockingStateEntity.ID));
        return state == null || state.enabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        write(em -> {
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
        if (emf.isOpen()) {
            emf.close();
        }
    }

    private static Long key(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private <T> T read(Function<EntityManager, T> work) {
        EntityManager em = open();
        try {
            return work.apply(em);
        } catch (PersistenceException e) {
            throw failed(e);
        } finally {
            em.close();
        }
    }

    private <T> T write(Function<EntityManager, T> work) {
        EntityManager em = open();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (PersistenceException e) {
            throw failed(e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private EntityManager open() {
        try {
            return emf.createEntityManager();
        } catch (PersistenceException | IllegalStateException e) {
            throw failed(e);
        }
    }

    private static FocusFlowException failed(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return FocusFlowException.database(e, "The block list database failed: %s", root.getMessage());
    }
}
