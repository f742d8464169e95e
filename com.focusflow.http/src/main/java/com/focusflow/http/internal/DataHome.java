package com.focusflow.http.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** The user's data dir, which the launcher publishes as the framework property {@code focusflow.home}. */
final class DataHome {

    static final String PROPERTY = "focusflow.home";

    private DataHome() {
    }

    static Path of(BundleContext context) {
        String home = context.getProperty(PROPERTY);
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("The framework property " + PROPERTY
                    + " is not set: start FocusFlow with its launcher (java -jar focusflow.jar)");
        }
        return Path.of(home);
    }
}
