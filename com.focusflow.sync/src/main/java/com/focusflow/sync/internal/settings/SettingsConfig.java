package com.focusflow.sync.internal.settings;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Which settings travel in the export's {@code settings} section (PID {@value SettingsSection#PID}). */
@ObjectClassDefinition(name = "FocusFlow export: settings",
        description = "The settings an export carries to another machine. Machine-specific ones (database and "
                + "hosts-file paths, HTTP, process source, scan intervals) stay out.")
public @interface SettingsConfig {

    @AttributeDefinition(name = "Portable settings", description = "One entry per configuration PID (all the "
            + "attributes its bundle declares) or per PID#attribute (only that attribute), e.g. "
            + "com.focusflow.blocking.process#graceSeconds")
    String[] portable() default { "com.focusflow.analytics", "com.focusflow.session.pomodoro",
        "com.focusflow.blocking.process#graceSeconds" };
}
