package com.focusflow.persistence.jpa;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import org.eclipse.persistence.exceptions.EclipseLinkException;

import com.focusflow.api.FocusFlowException;

/**
 * How FocusFlow's stores talk to JPA: one short-lived EntityManager per call, each write in one
 * transaction (rolled back if it fails), and every JPA failure turned into a {@code DATABASE} error that
 * says which store failed and why. EclipseLink throws its own {@link EclipseLinkException}s, which are not
 * {@link PersistenceException}s, where a JDBC call fails outside a JPA method's wrapping (a database locked by
 * another program: the transaction's first statement, then its rollback); those are turned into the same error.
 */
public final class Transactions implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final String store;

    /**
     * @param emf the persistence unit; closed by {@link #close()} (an EntityManagerFactory service of Aries JPA
     *        ignores that: Aries owns it)
     * @param store what the user should read in an error, e.g. {@code "session database"}
     */
    public Transactions(EntityManagerFactory emf, String store) {
        this.emf = emf;
        this.store = store;
    }

    /** Runs {@code work} without a transaction. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = open();
        try {
            return work.apply(em);
        } catch (PersistenceException | EclipseLinkException e) {
            throw failed(e);
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or nothing. */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = open();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (PersistenceException | EclipseLinkException e) {
            throw failed(e);
        } finally {
            rollbackIfActive(tx);
            em.close();
        }
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }

    private static void rollbackIfActive(EntityTransaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (PersistenceException | EclipseLinkException e) {
            // the failure that made the transaction fail is already on its way to the caller
        }
    }

    private EntityManager open() {
        try {
            return emf.createEntityManager();
        } catch (PersistenceException | EclipseLinkException | IllegalStateException e) {
            throw failed(e);
        }
    }

    private FocusFlowException failed(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return FocusFlowException.database(e, "The %s failed: %s", store, root.getMessage());
    }
}
