package com.focusflow.session.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow sessions", description = "The session lifecycle.")
public @interface SessionConfig {

    @AttributeDefinition(name = "Checkpoint interval (s)", min = "1", max = "300",
            description = "How often the elapsed time of a running session is saved, 1-300 s; a crash loses at most "
                    + "this much")
    int checkpointSeconds() default 15;
}
