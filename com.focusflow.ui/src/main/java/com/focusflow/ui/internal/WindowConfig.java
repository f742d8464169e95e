package com.focusflow.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow window", description = "The JavaFX window and the tray icon.")
@interface WindowConfig {
    @AttributeDefinition(name = "Dark theme", description = "Open the window with the dark theme (the window's Dark button switches it live).")
    boolean dark() default false;

    @AttributeDefinition(name = "Tray icon", description = "Show a tray icon where the desktop has a tray; without one, notifications appear inside the window.")
    boolean tray() default true;
}
