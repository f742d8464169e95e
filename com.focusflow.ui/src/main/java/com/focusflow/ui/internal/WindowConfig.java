package com.focusflow.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow window", description = "The JavaFX window, the tray icon and desktop "
        + "notifications. The window saves its size, position and theme here by itself.")
@interface WindowConfig {
    @AttributeDefinition(name = "Dark theme", description = "Open the window with the dark theme (the window's Dark button switches it live).")
    boolean dark() default false;

    @AttributeDefinition(name = "Width", description = "The window's width in pixels (at least 520); saved when it is resized.")
    double width() default 760;

    @AttributeDefinition(name = "Height", description = "The window's height in pixels (at least 480); saved when it is resized.")
    double height() default 640;

    @AttributeDefinition(name = "X", description = "The window's left edge; empty to let the window manager place it.")
    String x() default "";

    @AttributeDefinition(name = "Y", description = "The window's top edge; empty to let the window manager place it.")
    String y() default "";

    @AttributeDefinition(name = "Tray icon", description = "Show a tray icon where the desktop has a tray.")
    boolean tray() default true;

    @AttributeDefinition(name = "Sound at the end of a session", description = "Play a short tone when a session "
            + "ends by itself.")
    boolean sound() default false;
}
