package com.focusflow.session.internal;

/** Durations for people: {@code 1 h 5 min}, {@code 12 min 30 s}, {@code 45 s}. */
final class Durations {

    private Durations() {
    }

    static String format(long seconds) {
        long s = Math.max(0, seconds);
        long hours = s / 3600;
        long minutes = s % 3600 / 60;
        long rest = s % 60;
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        if (minutes > 0) {
            return rest > 0 ? minutes + " min " + rest + " s" : minutes + " min";
        }
        return rest + " s";
    }
}
