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
 * <li>Each bundle owns its tables and declares its SQL scripts with the manifest header
 * {@value com.focusflow.persistence.SchemaReady#MIGRATIONS_HEADER} (e.g. {@code db/migration}, files
 * {@code V1__create_things.sql}, {@code V2__...}). The persistence bundle migrates it, on its own thread, and
 * then registers a {@link com.focusflow.persistence.SchemaReady} marker for it; the bundle's stores reference
 * that marker. The applied versions are recorded per bundle in the table {@code schema_version}. No bundle
 * reads another bundle's tables.</li>
 * <li>A JPA unit names the DataSource service in its persistence.xml
 * ({@code <non-jta-data-source>osgi:service/javax.sql.DataSource/(focusflow.database=focusflow)}), so Aries JPA
 * registers its EntityManagerFactory service once the database is there.</li>
 * <li>Instants are stored as INTEGER milliseconds since 1970-01-01T00:00:00Z (UTC), through
 * {@link com.focusflow.persistence.jpa.InstantMillisConverter} in JPA units.</li>
 * </ul>
 */
@Version("2.0.0")
@Export
package com.focusflow.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
