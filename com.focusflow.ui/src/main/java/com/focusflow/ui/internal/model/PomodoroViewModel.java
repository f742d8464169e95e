package com.focusflow.ui.internal.model;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Pomodoro switch and its settings (focus, short break, long break, long break every n), kept in the
 * session bundle's configuration {@value #PID} so the web console shows the same values.
 */
public final class PomodoroViewModel {
    public static final String PID = "com.focusflow.session.pomodoro";

    private final UiThreads threads;
    private volatile Settings settings;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final StringProperty focus = new SimpleStringProperty("25");
    private final StringProperty shortBreak = new SimpleStringProperty("5");
    private final StringProperty longBreak = new SimpleStringProperty("15");
    private final StringProperty every = new SimpleStringProperty("4");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public PomodoroViewModel(UiThreads threads) {
        this.threads = threads;
    }

    /** Reads the settings from {@code newSettings} (null: unavailable). */
    public void settingsChanged(Settings newSettings) {
        settings = newSettings;
        refresh();
    }

    /** Reads the settings again, e.g. after the web console, a .cfg file or Gogo changed them. */
    public void refresh() {
        Settings current = settings;
        if (current == null) {
            return;
        }
        threads.call(() -> current.read(PID), read -> {
            enabled.set(Boolean.parseBoolean(String.valueOf(read.getOrDefault("enabled", "false"))));
            focus.set(String.valueOf(read.getOrDefault("focusMinutes", "25")));
            shortBreak.set(String.valueOf(read.getOrDefault("shortBreakMinutes", "5")));
            longBreak.set(String.valueOf(read.getOrDefault("longBreakMinutes", "15")));
            every.set(String.valueOf(read.getOrDefault("longBreakEvery", "4")));
        }, e -> {
            message.set("Pomodoro settings are unavailable right now.");
        });
    }

    /** Saves the switch and the lengths; a length outside its range is named and nothing is saved. */
    public void save() {
        Settings s = settings;
        Integer f = number(focus.get(), 1, 720);
        Integer sb = number(shortBreak.get(), 1, 720);
        Integer lb = number(longBreak.get(), 1, 720);
        Integer n = number(every.get(), 1, 100);
        String wrong = f == null ? "Focus" : sb == null ? "Short break" : lb == null ? "Long break" : n == null ? "Long break every" : null;
        if (wrong != null) {
            message.set(wrong + " must be a whole number" + (n == null && wrong.endsWith("every") ? " from 1 to 100." : " of minutes from 1 to 720."));
            return;
        }
        if (s == null) {
            message.set("Settings are unavailable right now.");
            return;
        }
        boolean on = enabled.get();
        threads.call(() -> {
            s.update(PID, Map.of("enabled", on, "focusMinutes", f, "shortBreakMinutes", sb, "longBreakMinutes", lb,
                    "longBreakEvery", n));
            return on;
        }, saved -> {
            message.set(saved ? "Pomodoro on: " + f + " min focus, " + sb + " min breaks, " + lb
                    + " min after every " + n + "." : "Pomodoro off.");
        }, e -> {
            message.set("Pomodoro settings could not be saved: " + e.getMessage());
        });
    }

    private static Integer number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty focusProperty() {
        return focus;
    }

    public StringProperty shortBreakProperty() {
        return shortBreak;
    }

    public StringProperty longBreakProperty() {
        return longBreak;
    }

    public StringProperty everyProperty() {
        return every;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
