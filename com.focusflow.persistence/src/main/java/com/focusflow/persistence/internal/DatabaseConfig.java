package com.focusflow.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow database",
        description = "The SQLite database every FocusFlow bundle stores its data in.")
public @interface DatabaseConfig {

    @AttributeDefinition(name = "Database file",
            description = "Path of the SQLite file; relative paths are resolved in the data dir. "
                    + "Empty: <data dir>/focusflow.db")
    String path() default "";

    @AttributeDefinition(name = "Busy timeout (ms)", min = "0", max = "600000",
            description = "How long a writer waits for another writer's lock before it fails, 0-600000 ms")
    int busyTimeoutMillis() default 10_000;

    @AttributeDefinition(name = "Maximum connections", min = "1", max = "5",
            description = "Size of the connection pool, 1-5; SQLite has one writer at a time, so a few suffice")
    int maxConnections() default 5;
}
