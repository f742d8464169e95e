package com.focusflow.session.internal;

import java.security.MessageDigest;

import javax.persistence.EntityManager;

/**
 * The one row of {@code session_writes} (migration V3): the table's write version, which triggers bump on every
 * insert, update and delete of a session whatever writes it, and the {@link ItemsPrint} of the items an import
 * merged last with the version right after that merge. Fixed native statements, on the caller's EntityManager
 * (inside a transaction, on its connection).
 *
 * @param version the write version now
 * @param mergedPrint the print of the items merged last; null until an import merged completely
 * @param mergedVersion the write version right after that merge
 */
record SessionWrites(long version, byte[] mergedPrint, long mergedVersion) {

    static final String READ = "SELECT version, merged_print, merged_version FROM session_writes WHERE id = 1";
    static final String REMEMBER = "UPDATE session_writes SET merged_print = ?1, merged_version = version WHERE id = 1";

    static SessionWrites read(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery(READ).getSingleResult();
        return new SessionWrites(((Number) row[0]).longValue(), (byte[]) row[1],
                row[2] == null ? -1 : ((Number) row[2]).longValue());
    }

    /** Records that the table now holds the items with {@code print} as merged, at its current version. */
    static void remember(EntityManager em, byte[] print) {
        em.createNativeQuery(REMEMBER).setParameter(1, print).executeUpdate();
    }

    /**
     * Whether the table is exactly as the merge of the items with {@code print} left it: those items were merged
     * last, and no session was written since.
     */
    boolean holdsMerged(byte[] print) {
        return mergedPrint != null && mergedVersion == version && MessageDigest.isEqual(mergedPrint, print);
    }
}
