package com.focusflow.http.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow HTTP API", description = "The JSON API under /focusflow/api/v1.")
@interface ApiConfig {

    String PID = "com.focusflow.http.api";

    @AttributeDefinition(name = "Largest request body (MB)",
            description = "Bodies above this size are refused with INVALID_INPUT, 1-1024 MB. Imports are the largest.",
            min = "1", max = "1024")
    int maxBodyMegabytes() default 256;
}
