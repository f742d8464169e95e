package com.focusflow.blocking.internal.hosts;

import java.util.Locale;

/** How the hosts blocker reaches the hosts file, as {@code GET /blocking} shows it. */
enum Route {
    /** FocusFlow may replace the file itself. */
    DIRECT,
    /** Through the privileged helper's socket. */
    HELPER,
    /** Neither: website blocking is degraded. */
    NONE;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
