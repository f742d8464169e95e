package com.focusflow.persistence.internal.migration;

import java.util.List;

/**
 * What {@link SchemaMigrator#migrate} did.
 *
 * @param module whose schema
 * @param fromVersion the version the database had before (0 for none)
 * @param toVersion the version it has now
 * @param applied the versions applied by this run, in order (empty if it was up to date)
 * @param millis how long the check and the migrations took
 */
public record MigrationReport(String module, int fromVersion, int toVersion, List<Integer> applied, long millis) {
    /** Copies the list. */
    public MigrationReport {
        applied = List.copyOf(applied);
    }

    /** Whether the database was already at the newest version. */
    public boolean upToDate() {
        return applied.isEmpty();
    }
}
