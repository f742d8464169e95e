package com.focusflow.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A marker service: the tables of one bundle are migrated to the newest version its scripts define, in the
 * database named by {@value FocusFlowDatabase#NAME_PROPERTY}. The persistence bundle registers one per bundle
 * that declares {@value #MIGRATIONS_HEADER}, after its migration succeeded, and unregisters it when that bundle
 * stops or the database goes away. A store takes it as a mandatory static reference next to its
 * EntityManagerFactory or DataSource, so it is unsatisfied (and SCR says why) until its tables exist:
 * <pre>
 * {@literal @}Reference(target = "(" + SchemaReady.SCHEMA_PROPERTY + "=com.example.bundle)") SchemaReady schema
 * </pre>
 * A failed migration registers nothing; the persistence bundle's health names the bundle and the error.
 */
@ProviderType
public interface SchemaReady {

    /**
     * Manifest header of a bundle whose tables the persistence bundle migrates: the folder in the bundle that
     * holds its {@code V<version>__<description>.sql} scripts, e.g. {@code FocusFlow-Migrations: db/migration}.
     */
    String MIGRATIONS_HEADER = "FocusFlow-Migrations";

    /** Service property: the symbolic name of the bundle whose tables are ready. */
    String SCHEMA_PROPERTY = "focusflow.schema";

    /** Service property: the schema version the bundle's tables have (Integer). */
    String VERSION_PROPERTY = "focusflow.schema.version";

    /** The symbolic name of the bundle whose tables are ready. */
    String schema();

    /** The version its tables were migrated to: the number of its newest script, 0 if it has none. */
    int version();
}
