package com.focusflow.sync.internal.settings;

import java.util.Map;
import java.util.Optional;

import org.osgi.service.metatype.AttributeDefinition;

/** The attributes a configuration PID declares through Metatype. */
interface Definitions {

    /** The declared attributes of {@code pid} by id; empty if no installed bundle declares the PID. */
    Optional<Map<String, AttributeDefinition>> of(String pid);
}
