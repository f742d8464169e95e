package com.focusflow.ui.internal.model;

import java.util.Map;

/**
 * FocusFlow's settings as the window changes them: Config Admin configurations by PID, so a change made
 * here also shows in the web console and travels with a sync. Calls may block briefly: view models make
 * them in the background.
 */
public interface Settings {
    /** The configuration's properties, empty when it has none (the component's defaults apply). */
    Map<String, Object> read(String pid);

    /** Merges {@code changes} into the configuration (creating it if needed); an unchanged value writes nothing. */
    void update(String pid, Map<String, Object> changes);
}
