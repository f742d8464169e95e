package com.focusflow.session.internal;

import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

/**
 * The one row of {@code session_writes} (migration V3): the table's write version, which triggers bump on every
 * insert, update and delete of a session whatever writes it, and the {@link ItemsPrint} of the items an import
 * merged last with the version right after that merge; and the ids of the sessions written since that merge
 * ({@code sessions_written_since_merge}, migration V4, also kept by triggers). Fixed native statements, on the
 * caller's EntityManager (inside a transaction, on its connection).
 *
 * @param version the write version now
 * @param mergedPrint the print of the items merged last; null until an import merged completely
 * @param mergedVersion the write version right after that merge
 */
record SessionWrites(long version, byte[] mergedPrint, long mergedVersion) {

    /** Writes since the merge that the triggers log (the number is in migration V4); after more, the log is not whole. */
    static final long LOGGED_WRITES = 100_000;

    static final String READ = "SELECT version, merged_print, merged_version FROM session_writes WHERE id = 1";
    static final String REMEMBER = "UPDATE session_writes SET merged_print = ?1, merged_version = version WHERE id = 1";
    static final String FORGET = "UPDATE session_writes SET merged_print = NULL WHERE id = 1";
    static final String WRITTEN = "SELECT id FROM sessions_written_since_merge";
    static final String CLEAR_WRITTEN = "DELETE FROM sessions_written_since_merge";

    static SessionWrites read(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery(READ).getSingleResult();
        return new SessionWrites(((Number) row[0]).longValue(), (byte[]) row[1],
                row[2] == null ? -1 : ((Number) row[2]).longValue());
    }

    /**
     * Records that the table now holds the items with {@code print} as merged, at its current version, with no
     * session written since.
     */
    static void remember(EntityManager em, byte[] print) {
        em.createNativeQuery(REMEMBER).setParameter(1, print).executeUpdate();
        em.createNativeQuery(CLEAR_WRITTEN).executeUpdate();
    }

    /**
     * Forgets the items merged last: an import about to write calls it first, so that the triggers do not log its
     * own writes as written since (it remembers its items when it has merged them).
     */
    static void forget(EntityManager em) {
        em.createNativeQuery(FORGET).executeUpdate();
    }

    /** The ids of the sessions written since the items merged last (whole when {@link #logsWritesSince}). */
    static Set<String> written(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(WRITTEN).getResultList();
        Set<String> written = new HashSet<>();
        ids.forEach(id -> written.add((String) id));
        return written;
    }

    /**
     * Whether the table is exactly as the merge of the items with {@code print} left it: those items were merged
     * last, and no session was written since.
     */
    boolean holdsMerged(byte[] print) {
        return mergedLast(print) && mergedVersion == version;
    }

    /**
     * Whether the items with {@code print} were merged last and {@link #written} names every session written since:
     * the table is as that merge left it but for those rows.
     */
    boolean logsWritesSince(byte[] print) {
        return mergedLast(print) && version - mergedVersion <= LOGGED_WRITES;
    }

    private boolean mergedLast(byte[] print) {
        return mergedPrint != null && MessageDigest.isEqual(mergedPrint, print);
    }
}
