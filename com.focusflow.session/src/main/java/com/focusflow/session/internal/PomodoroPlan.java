package com.focusflow.session.internal;

import java.util.Optional;

import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * The Pomodoro cycle: after a completed focus session a break (a long one after every {@code longBreakEvery}
 * focus sessions), after a completed break the next focus session. A session ended early, or a custom one,
 * stops the cycle and starts the count again.
 */
final class PomodoroPlan {

    /** The session to start next. */
    record Step(SessionType type, int minutes, boolean longBreak) {
    }

    private final int focusMinutes;
    private final int shortBreakMinutes;
    private final int longBreakMinutes;
    private final int longBreakEvery;
    private int focusDone;

    PomodoroPlan(int focusMinutes, int shortBreakMinutes, int longBreakMinutes, int longBreakEvery) {
        this.focusMinutes = minutes("focusMinutes", focusMinutes);
        this.shortBreakMinutes = minutes("shortBreakMinutes", shortBreakMinutes);
        this.longBreakMinutes = minutes("longBreakMinutes", longBreakMinutes);
        if (longBreakEvery < 1) {
            throw new IllegalArgumentException("longBreakEvery must be at least 1, was " + longBreakEvery);
        }
        this.longBreakEvery = longBreakEvery;
    }

    static PomodoroPlan of(PomodoroConfig config) {
        return new PomodoroPlan(config.focusMinutes(), config.shortBreakMinutes(), config.longBreakMinutes(),
                config.longBreakEvery());
    }

    synchronized Optional<Step> next(SessionType ended, boolean completed) {
        if (!completed || ended == SessionType.CUSTOM) {
            focusDone = 0;
            return Optional.empty();
        }
        if (ended == SessionType.BREAK) {
            return Optional.of(new Step(SessionType.FOCUS, focusMinutes, false));
        }
        focusDone++;
        if (focusDone >= longBreakEvery) {
            focusDone = 0;
            return Optional.of(new Step(SessionType.BREAK, longBreakMinutes, true));
        }
        return Optional.of(new Step(SessionType.BREAK, shortBreakMinutes, false));
    }

    private static int minutes(String name, int value) {
        if (value < StartRequest.MIN_PLANNED_MINUTES || value > StartRequest.MAX_PLANNED_MINUTES) {
            throw new IllegalArgumentException(name + " must be " + StartRequest.MIN_PLANNED_MINUTES + ".."
                    + StartRequest.MAX_PLANNED_MINUTES + ", was " + value);
        }
        return value;
    }
}
