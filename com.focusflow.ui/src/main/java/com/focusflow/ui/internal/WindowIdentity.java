package com.focusflow.ui.internal;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FocusFlow's window class ({@value #WINDOW_CLASS}, the desktop file's StartupWMClass) instead of
 * JavaFX's "java". On Linux JavaFX's GTK glass names every new window's WM_CLASS after its application
 * name, which only its internal {@code com.sun.glass.ui.Application} can set; it sits on the launcher
 * class path (the unnamed module), so reflection reaches it. Call on the FX thread before the first Stage.
 */
final class WindowIdentity {
    static final String WINDOW_CLASS = "focusflow";
    private static final Logger LOG = LoggerFactory.getLogger(WindowIdentity.class);

    private WindowIdentity() {
    }

    static void apply() {
        try {
            Class<?> glass = Platform.class.getClassLoader().loadClass("com.sun.glass.ui.Application");
            Object application = glass.getMethod("GetApplication").invoke(null);
            glass.getMethod("setName", String.class).invoke(application, WINDOW_CLASS);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Another JavaFX release: the window works, the desktop just groups it under "java".
            LOG.info("Window class stays JavaFX's default ({})", e.toString());
        }
    }
}
