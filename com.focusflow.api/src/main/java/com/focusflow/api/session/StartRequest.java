package com.focusflow.api.session;

/**
 * What to start: the body of {@code POST /focusflow/api/v1/sessions}, e.g.
 * {@code {"type":"focus","plannedMinutes":25,"strict":false}}. Validated by
 * {@link SessionService#start(StartRequest)}, not here.
 *
 * @param type focus, break or custom; required
 * @param plannedMinutes planned length in minutes, {@value #MIN_PLANNED_MINUTES}..{@value #MAX_PLANNED_MINUTES}
 * @param strict true to refuse ending the session before its planned end
 * @param label an optional label of at most {@value #MAX_LABEL_LENGTH} characters, or null
 */
public record StartRequest(SessionType type, int plannedMinutes, boolean strict, String label) {
    /** Shortest session, in minutes. */
    public static final int MIN_PLANNED_MINUTES = 1;
    /** Longest session, in minutes (12 hours). */
    public static final int MAX_PLANNED_MINUTES = 720;
    /** The length used when none is given (Gogo, tray), in minutes. */
    public static final int DEFAULT_PLANNED_MINUTES = 25;
    /** Longest label, in characters. */
    public static final int MAX_LABEL_LENGTH = 100;

    /** A non-strict session without label. */
    public static StartRequest of(SessionType type, int plannedMinutes) {
        return new StartRequest(type, plannedMinutes, false, null);
    }
}
