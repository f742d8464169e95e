package com.focusflow.session.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import com.focusflow.persistence.jpa.Transactions;

/**
 * The {@code sessions} table through JPA: named queries with parameters only, one short-lived
 * EntityManager per call, writes in one transaction each.
 */
public final class SessionStore implements AutoCloseable {

    /** Lower and upper bounds that stand for "no bound" (epoch millis must fit a long). */
    static final Instant NO_LOWER_BOUND = Instant.ofEpochMilli(Long.MIN_VALUE);
    static final Instant NO_UPPER_BOUND = Instant.ofEpochMilli(Long.MAX_VALUE);

    private final Transactions transactions;

    public SessionStore(EntityManagerFactory emf) {
        this.transactions = new Transactions(emf, "session database");
    }

    void insert(SessionEntity session) {
        transactions.write(em -> {
            em.persist(session);
            return null;
        });
    }

    /** Ends a running session; false if it is not running (any more). */
    boolean end(String id, Instant endTime, long actualSeconds, boolean completed) {
        return transactions.write(em -> {
            SessionEntity row = em.find(SessionEntity.class, id);
            if (row == null || row.endTime() != null) {
                return false;
            }
            row.end(endTime, actualSeconds, completed);
            return true;
        });
    }

    /** Saves the elapsed time of a running session. */
    void checkpoint(String id, long elapsedSeconds, Instant at) {
        transactions.write(em -> em.createNamedQuery(SessionEntity.CHECKPOINT).setParameter("elapsed", elapsedSeconds)
                .setParameter("at", at).setParameter("id", id).executeUpdate());
    }

    /** Sessions without end, newest first: at most one, as the database enforces. */
    List<SessionEntity> running() {
        return transactions.read(em -> em.createNamedQuery(SessionEntity.RUNNING, SessionEntity.class).getResultList());
    }

    Optional<SessionEntity> find(String id) {
        return Optional.ofNullable(transactions.read(em -> em.find(SessionEntity.class, id)));
    }

    /** Sessions that started in [from, to), newest first. */
    List<SessionEntity> page(Instant from, Instant to, int limit, int offset) {
        return transactions.read(em -> em.createNamedQuery(SessionEntity.PAGE, SessionEntity.class).setParameter("from", from)
                .setParameter("to", to).setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    long count(Instant from, Instant to) {
        return transactions.read(em -> em.createNamedQuery(SessionEntity.COUNT, Long.class).setParameter("from", from)
                .setParameter("to", to).getSingleResult());
    }

    /**
     * Ended sessions with {@code endTime > from}, started in [earliest, to), after (afterStart, afterId) in
     * (startTime, id) order: one chunk of a keyset scan.
     */
    List<SessionEntity> endedOverlapping(Instant from, Instant to, Instant earliest, Instant afterStart, String afterId,
            int chunk) {
        return transactions.read(em -> em.createNamedQuery(SessionEntity.ENDED_OVERLAPPING, SessionEntity.class)
                .setParameter("from", from).setParameter("to", to).setParameter("earliest", earliest)
                .setParameter("afterStart", afterStart).setParameter("afterId", afterId)
                .setMaxResults(chunk).getResultList());
    }

    @Override
    public void close() {
        transactions.close();
    }
}
