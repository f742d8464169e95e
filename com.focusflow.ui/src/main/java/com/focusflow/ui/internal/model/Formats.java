package com.focusflow.ui.internal.model;

import com.focusflow.api.FocusFlowException;
import java.util.Locale;

/** How times and points are written in the window. */
public final class Formats {
    private Formats() {
    }

    /** A countdown: {@code 25:00}, {@code 0:05}, {@code 1:30:00}; negative counts as zero. */
    public static String countdown(long seconds) {
        long s = Math.max(0, seconds);
        long hours = s / 3600;
        long minutes = s % 3600 / 60;
        long rest = s % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** A length of time in words: {@code 0 min}, {@code 45 min}, {@code 2 h}, {@code 1 h 30 min} (seconds dropped). */
    public static String duration(long seconds) {
        long minutes = Math.max(0, seconds) / 60;
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** How long a session ran, in the units of {@link #duration}: {@code 21 s} under a minute, else {@code 3 min}. */
    public static String elapsed(long seconds) {
        return seconds < 60 ? Math.max(0, seconds) + " s" : duration(seconds);
    }

    /** Score points as whole numbers with a sign: {@code +53}, {@code +30}, {@code -4}, {@code 0}. */
    public static String points(double points) {
        long rounded = Math.round(points);
        return rounded == 0 ? "0" : String.format(Locale.ROOT, "%+d", rounded);
    }

    /** A problem as the user should read it: the message of a FocusFlow error, or a general sentence. */
    static String problem(RuntimeException e, String what) {
        if (e instanceof FocusFlowException f) {
            return f.getMessage();
        }
        return what + " is unavailable right now.";
    }
}
