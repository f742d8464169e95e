package com.focusflow.session.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import com.focusflow.api.session.Session;
import com.focusflow.persistence.jpa.Transactions;

/**
 * The {@code sessions} table through JPA: named queries with parameters only, one short-lived
 * EntityManager per call, writes in one transaction each.
 */
public final class SessionStore implements AutoCloseable {

    /** Lower and upper bounds that stand for "no bound" (epoch millis must fit a long). */
    static final Instant NO_LOWER_BOUND = Instant.ofEpochMilli(Long.MIN_VALUE);
    static final Instant NO_UPPER_BOUND = Instant.ofEpochMilli(Long.MAX_VALUE);

    /** Ids per lookup while merging an import (SQLite binds at most 32,766 parameters). */
    static final int MERGE_CHUNK = 500;

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

    /**
     * Every session after (afterStart, afterId) in (startTime, id) order: one chunk of a keyset scan of the
     * whole table. Start times never change, so a scan writes each session once even while others start.
     */
    List<SessionEntity> after(Instant afterStart, String afterId, int chunk) {
        return transactions.read(em -> em.createNamedQuery(SessionEntity.AFTER, SessionEntity.class)
                .setParameter("afterStart", afterStart).setParameter("afterId", afterId).setMaxResults(chunk)
                .getResultList());
    }

    /**
     * Merges imported sessions by id with {@link SessionMerge}, looking the local rows up {@value #MERGE_CHUNK}
     * ids at a time. With {@code write} it adds ({@link SessionInserts}) and replaces rows in one transaction (the
     * persistence context is cleared after each chunk, so memory stays bounded); without, it only counts.
     */
    MergeTally merge(List<Session> incoming, boolean write) {
        Function<EntityManager, MergeTally> work = em -> {
            MergeTally tally = new MergeTally();
            for (int from = 0; from < incoming.size(); from += MERGE_CHUNK) {
                List<Session> chunk = incoming.subList(from, Math.min(incoming.size(), from + MERGE_CHUNK));
                Map<String, SessionEntity> local = new HashMap<>();
                em.createNamedQuery(SessionEntity.BY_IDS, SessionEntity.class)
                        .setParameter("ids", chunk.stream().map(Session::id).toList()).getResultList()
                        .forEach(row -> local.put(row.id(), row));
                List<Session> added = new ArrayList<>();
                for (Session session : chunk) {
                    SessionEntity row = local.get(session.id());
                    SessionMerge.Outcome outcome = tally.count(row == null ? null : row.toSession(), session);
                    if (write && outcome == SessionMerge.Outcome.ADD) {
                        added.add(session);
                    } else if (write && outcome == SessionMerge.Outcome.UPDATE) {
                        row.replaceWith(session);
                    }
                }
                if (write) {
                    em.flush();
                    SessionInserts.insert(em, added);
                }
                em.clear();
            }
            return tally;
        };
        return write ? transactions.write(work) : transactions.read(work);
    }

    @Override
    public void close() {
        transactions.close();
    }
}
