package com.focusflow.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How long a contributor may take, and how long a report is reused. */
@ObjectClassDefinition(name = "FocusFlow health",
        description = "How FocusFlow assembles GET /focusflow/api/v1/health")
public @interface HealthConfig {
    String PID = "com.focusflow.health";

    @AttributeDefinition(name = "Contributor timeout (ms)", min = "10", max = "60000",
            description = "A health contributor that has not answered by then is reported DOWN")
    int contributorTimeoutMillis() default 2000;

    @AttributeDefinition(name = "Cache (ms)", min = "0", max = "10000",
            description = "A report is reused for this long, so polling clients do not make it again and again")
    int cacheMillis() default 500;
}
