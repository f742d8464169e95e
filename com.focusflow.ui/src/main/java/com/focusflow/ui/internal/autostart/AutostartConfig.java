package com.focusflow.ui.internal.autostart;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow start at login",
        description = "Start FocusFlow hidden when you log in to your desktop (Linux: an entry in ~/.config/autostart).")
@interface AutostartConfig {
    @AttributeDefinition(name = "Start at login", description = "Write the autostart entry (true) or remove it (false).")
    boolean enabled() default false;
}
