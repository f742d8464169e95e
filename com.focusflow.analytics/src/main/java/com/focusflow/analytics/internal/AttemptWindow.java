package com.focusflow.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts a blocked app's attempts once per app per minute: an attempt counts unless the same app had a
 * counted attempt less than a minute before it. Two launches at once (a double click, an app that starts
 * a helper process of the same name) are one attempt, not two. Remembers the last counted attempt of each
 * app for a minute only; after a restart the first attempt counts again.
 */
final class AttemptWindow {
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Instant> lastCounted = new HashMap<>();

    /** Whether this attempt of {@code app} at {@code time} counts; if so it starts a new minute for the app. */
    synchronized boolean counts(String app, Instant time) {
        lastCounted.values().removeIf(last -> Duration.between(last, time).compareTo(WINDOW) >= 0);
        String key = app == null ? "" : app.toLowerCase(Locale.ROOT);
        Instant last = lastCounted.get(key);
        if (last != null && Duration.between(last, time).abs().compareTo(WINDOW) < 0) {
            return false;
        }
        lastCounted.put(key, time);
        return true;
    }
}
