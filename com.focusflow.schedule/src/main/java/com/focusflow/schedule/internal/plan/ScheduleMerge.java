package com.focusflow.schedule.internal.plan;

import com.focusflow.api.schedule.Schedule;

/** How an imported schedule meets the local one with its id: the newer {@code updatedAt} wins, symmetric on both devices. */
public final class ScheduleMerge {

    /** What an import does with one item. */
    public enum Outcome { ADD, UPDATE, UNCHANGED }

    private ScheduleMerge() {
    }

    /** @param local the schedule here with the same id, or null */
    public static Outcome outcome(Schedule local, Schedule incoming) {
        if (local == null) {
            return Outcome.ADD;
        }
        return incoming.updatedAt().isAfter(local.updatedAt()) ? Outcome.UPDATE : Outcome.UNCHANGED;
    }
}
