package com.focusflow.sync.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Export and import as a whole (PID {@value SyncManager#PID}). */
@ObjectClassDefinition(name = "FocusFlow export and import",
        description = "Export and import of all sections; which sections must be there for either to run.")
public @interface SyncConfig {

    @AttributeDefinition(name = "Required sections", description = "Sections FocusFlow's own bundles provide. "
            + "While the bundle of one of them is not running (FocusFlow is still starting, or the bundle is being "
            + "updated or was stopped), export and import answer 'unavailable' and change nothing, rather than "
            + "leaving the section out. Remove a section here only if you removed its bundle on purpose.")
    String[] requiredSections() default { "blocklist", "schedules", "sessions", "settings" };
}
