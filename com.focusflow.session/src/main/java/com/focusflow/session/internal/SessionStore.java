package com.focusflow.session.internal;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
     * Whether the table is exactly as the merge of the items with {@code print} left it (they were merged last and
     * no session was written since, by anything: {@link SessionWrites}). One read of one row, no transaction.
     */
    boolean holdsMerged(byte[] print) {
        return transactions.read(em -> SessionWrites.read(em).holdsMerged(print));
    }

    /**
     * The plan of an import: merges {@code incoming} by id with {@link SessionMerge} and counts, writing nothing.
     * If the items (their {@link ItemsPrint} is {@code print}) are those an import merged last, only the items
     * written since then ({@link SessionWrites#written}) are looked up and merged: every other row is as that
     * merge left it, so each of the other items would be found unchanged again. In one transaction, so it sees one
     * state of the table, whose write version the tally keeps (the DataSource begins transactions IMMEDIATE: a
     * plan holds the write lock for its lookups, and other writes wait that long).
     */
    MergeTally plan(List<Session> incoming, byte[] print) {
        return transactions.write(em -> {
            Connection connection = begun(em);
            SessionWrites writes = SessionWrites.read(em);
            MergeTally tally;
            if (writes.logsWritesSince(print)) {
                Set<String> written = SessionWrites.written(em);
                List<Session> touched = incoming.stream().filter(s -> written.contains(s.id())).toList();
                tally = merge(connection, touched, false);
                tally.alsoUnchanged(incoming.size() - touched.size());
            } else {
                tally = merge(connection, incoming, false);
            }
            tally.at(writes.version());
            return tally;
        });
    }

    /**
     * Applies a plan in one transaction and returns the tally of the whole import. If the table is still at the
     * plan's version, the plan's decisions hold as they are: its sessions are added and replaced without being
     * looked up again, and the table then holds every item of the import as merged, which it remembers with the
     * items' {@code print} (and the log of sessions written since starts empty). If anything wrote the table
     * since, the plan's changes are merged again against the table as it is now.
     */
    MergeTally apply(MergeTally plan, byte[] print) {
        return transactions.write(em -> {
            Connection connection = begun(em);
            if (SessionWrites.read(em).version() != plan.version()) {
                MergeTally again = merge(connection, plan.changes(), true);
                again.alsoUnchanged(plan.report().unchanged());
                return again;
            }
            if (plan.changed() > 0) {
                SessionWrites.forget(em); // this import's writes are not "written since" the merge it completes
                try (ImportRows rows = ImportRows.on(connection)) {
                    inChunks(plan.adds(), rows::insert);
                    inChunks(plan.replacements(), rows::update);
                }
            }
            SessionWrites.remember(em, print);
            return plan;
        });
    }

    /**
     * Merges by id, looking the local rows up {@value ImportRows#LOOKUP_SIZE} ids at a time with {@link ImportRows}
     * (plain JDBC on the transaction's connection); with {@code write} it adds and replaces rows.
     */
    private static MergeTally merge(Connection connection, List<Session> incoming, boolean write) {
        MergeTally tally = new MergeTally();
        try (ImportRows rows = ImportRows.on(connection)) {
            inChunks(incoming, chunk -> {
                Map<String, Session> local = rows.find(chunk.stream().map(Session::id).toList());
                List<Session> added = new ArrayList<>();
                List<Session> updated = new ArrayList<>();
                for (Session session : chunk) {
                    switch (tally.count(local.get(session.id()), session)) {
                        case ADD -> added.add(session);
                        case UPDATE -> updated.add(session);
                        case KEEP -> {
                        }
                    }
                }
                if (write) {
                    rows.insert(added);
                    rows.update(updated);
                }
            });
        }
        return tally;
    }

    /** {@code sessions} {@value ImportRows#LOOKUP_SIZE} at a time: one lookup, or one JDBC batch of a bounded size. */
    private static void inChunks(List<Session> sessions, Consumer<List<Session>> work) {
        for (int from = 0; from < sessions.size(); from += ImportRows.LOOKUP_SIZE) {
            work.accept(sessions.subList(from, Math.min(sessions.size(), from + ImportRows.LOOKUP_SIZE)));
        }
    }

    /**
     * The connection of the transaction {@code em} has begun, which this begins on the database (EclipseLink begins
     * it lazily): from here on every statement of {@code em}, JDBC or native query, runs in it and reads the table
     * as the transaction sees it.
     */
    private static Connection begun(EntityManager em) {
        return em.unwrap(Connection.class);
    }

    @Override
    public void close() {
        transactions.close();
    }
}
