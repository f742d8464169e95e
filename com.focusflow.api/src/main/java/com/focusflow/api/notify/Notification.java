package com.focusflow.api.notify;

import java.util.Objects;

/**
 * A message for the user.
 *
 * @param title a short title, not null
 * @param message the text, not null
 * @param level how urgent it is, not null
 * @param category a stable key such as {@value #APP_WARNING}, so a notifier can group or replace
 *        notifications of one kind; null if none
 */
public record Notification(String title, String message, Level level, String category) {
    /** A blocked app is about to be closed ("X will be closed in 3 s"). */
    public static final String APP_WARNING = "app-warning";
    /** A break starts or ends (Pomodoro cycle). */
    public static final String BREAK_REMINDER = "break-reminder";
    /** A session ended by itself. */
    public static final String SESSION_ENDED = "session-ended";
    /** Blocking cannot work fully (e.g. no permission to write the hosts file). */
    public static final String BLOCKING_PROBLEM = "blocking-problem";

    /** How urgent a notification is. */
    public enum Level {
        /** For information. */
        INFO,
        /** Something the user should act on, e.g. an app about to be closed. */
        WARNING
    }

    /** Rejects a null title, message or level. */
    public Notification {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(level, "level");
    }

    /** An {@link Level#INFO} notification. */
    public static Notification info(String category, String title, String message) {
        return new Notification(title, message, Level.INFO, category);
    }

    /** A {@link Level#WARNING} notification. */
    public static Notification warning(String category, String title, String message) {
        return new Notification(title, message, Level.WARNING, category);
    }
}
