package com.focusflow.ui.internal;

import java.util.Map;
import java.util.Optional;

/**
 * Whether FocusFlow can open its window, decided before anything touches JavaFX: {@link #whyNot} names
 * the reason there is none, so the user reads it once in the log and in health.
 */
record WindowSupport(boolean headless, boolean javafxPresent, String osName, Map<String, String> env) {

    /** Why there is no window, or empty if the toolkit may be started. */
    Optional<String> whyNot() {
        if (headless) {
            return Optional.of("started with --headless");
        }
        if (!javafxPresent) {
            return Optional.of("JavaFX is not on the class path (start FocusFlow with its launcher)");
        }
        boolean x11Desktop = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        if (x11Desktop && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("no display (DISPLAY is not set); sessions, blocking and the API run as usual");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
