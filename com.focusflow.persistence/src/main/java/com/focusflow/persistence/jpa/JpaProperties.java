package com.focusflow.persistence.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * The properties to create a persistence unit's EntityManagerFactory with, on FocusFlow's database:
 * through {@code EntityManagerFactoryBuilder.createEntityManagerFactory(JpaProperties.forDataSource(ds))} in
 * OSGi, or EclipseLink's {@code PersistenceProvider} outside it. The unit's persistence.xml then names
 * only its provider and classes. Schemas come from migrations, never from EclipseLink.
 */
public final class JpaProperties {

    private JpaProperties() {
    }

    /** A new, modifiable map. */
    public static Map<String, Object> forDataSource(DataSource dataSource) {
        Map<String, Object> p = new HashMap<>();
        p.put("javax.persistence.nonJtaDataSource", Objects.requireNonNull(dataSource, "dataSource"));
        p.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("eclipselink.target-database", SQLitePlatform.class.getName());
        p.put("eclipselink.ddl-generation", "none");
        // No weaving: entities are plain classes, loaded before any transformer could be registered.
        p.put("eclipselink.weaving", "false");
        // Every bundle writes only its own tables, but imports and tests also write with plain JDBC:
        // a shared cache could serve rows that changed underneath it.
        p.put("eclipselink.cache.shared.default", "false");
        p.put("eclipselink.jdbc.bind-parameters", "true");
        // Inserts and updates of one flush go to SQLite as JDBC batches (an import writes thousands of rows).
        p.put("eclipselink.jdbc.batch-writing", "JDBC");
        p.put("eclipselink.jdbc.batch-writing.size", "500");
        p.put("eclipselink.logging.logger", Slf4jSessionLog.class.getName());
        p.put("eclipselink.logging.level", "WARNING");
        return p;
    }
}
