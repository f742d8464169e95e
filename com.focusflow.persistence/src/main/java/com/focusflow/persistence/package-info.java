/**
 * FocusFlow's one SQLite database, shared by every bundle that stores data, and the rules for using it.
 *
 * <ul>
 * <li>The database is a {@link javax.sql.DataSource} service with the property
 * {@value com.focusflow.persistence.FocusFlowDatabase#NAME_PROPERTY}={@value com.focusflow.persistence.FocusFlowDatabase#NAME}
 * (reference it with {@link com.focusflow.persistence.FocusFlowDatabase#TARGET}): a pool of at most five
 * connections to {@code <data dir>/focusflow.db} in WAL mode, with foreign keys on, a busy timeout so that
 * concurrent writers wait instead of failing, and write transactions that take the write lock when they
 * begin. Its file, pool size and busy timeout are set through Config Admin (PID
 * {@value com.focusflow.persistence.FocusFlowDatabase#PID}).</li>
 * <li>Each bundle owns its tables and migrates them itself, before first use, with a
 * {@link com.focusflow.persistence.SchemaMigrator} over SQL scripts in the bundle
 * ({@code db/migration/V1__create_things.sql}, {@code V2__...}). The applied versions are recorded per
 * bundle in the table {@code schema_version}. No bundle reads another bundle's tables.</li>
 * <li>Instants are stored as INTEGER milliseconds since 1970-01-01T00:00:00Z (UTC), through
 * {@link com.focusflow.persistence.jpa.InstantMillisConverter} in JPA units.</li>
 * </ul>
 */
@Version("1.0.0")
@Export
package com.focusflow.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
