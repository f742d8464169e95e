package com.focusflow.ui.internal.model;

import com.focusflow.ui.internal.autostart.StartAtLogin;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's "Start at login" switch: the {@code enabled} property of the configuration {@value #PID}. The
 * window only changes that configuration; the start-at-login component writes or removes the autostart entry.
 * A change made elsewhere (web console, a .cfg file, a sync) shows after {@link #refresh}.
 */
public final class StartAtLoginViewModel {
    /** The start-at-login component's configuration. */
    public static final String PID = StartAtLogin.PID;
    static final String ENABLED = "enabled";

    private final UiThreads threads;
    private volatile Settings settings;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** True while the switch shows a value read from the configuration: that is no user's change to save. */
    private boolean showing;

    public StartAtLoginViewModel(UiThreads threads) {
        this.threads = threads;
        enabled.addListener((o, old, on) -> {
            if (!showing) {
                save(on);
            }
        });
    }

    /** Reads the switch from {@code newSettings} (null: Config Admin is gone, the switch is disabled). */
    public void settingsChanged(Settings newSettings) {
        settings = newSettings;
        if (newSettings == null) {
            threads.fx().execute(() -> available.set(false));
            return;
        }
        refresh();
    }

    /** Reads the configuration again (it changed, perhaps elsewhere). */
    public void refresh() {
        Settings current = settings;
        if (current == null) {
            return;
        }
        threads.call(() -> current.read(PID), read -> {
            show(Boolean.parseBoolean(String.valueOf(read.getOrDefault(ENABLED, "false"))));
            available.set(true);
        }, e -> {
            message.set("Start at login is unavailable right now.");
        });
    }

    private void save(boolean on) {
        Settings current = settings;
        if (current == null) {
            message.set("Settings are unavailable right now.");
            show(!on);
            return;
        }
        threads.call(() -> {
            current.update(PID, Map.of(ENABLED, on));
            return on;
        }, saved -> {
            message.set(saved ? "FocusFlow will start hidden when you log in." : "FocusFlow will not start at login.");
        }, e -> {
            message.set("Start at login could not be changed: " + e.getMessage());
            show(!on);
        });
    }

    private void show(boolean on) {
        showing = true;
        try {
            enabled.set(on);
        } finally {
            showing = false;
        }
    }

    /** The switch; setting it (the user ticking the box) saves the configuration. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Whether the configuration could be read (the switch is disabled until then). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** What the last change did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
