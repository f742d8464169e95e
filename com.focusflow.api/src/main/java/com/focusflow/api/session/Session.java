package com.focusflow.api.session;

import java.time.Instant;

/**
 * A focus, break or custom session, running or ended. This is also the item of the {@code sessions}
 * section of an export; on import {@code remainingSeconds} is ignored (it is derived).
 *
 * @param id a UUID string, stable across devices (imports merge by it)
 * @param type focus, break or custom
 * @param startTime when it started (UTC)
 * @param endTime when it ended (UTC); null while it runs
 * @param plannedMinutes the planned length in minutes,
 *        {@value StartRequest#MIN_PLANNED_MINUTES}..{@value StartRequest#MAX_PLANNED_MINUTES}
 * @param actualSeconds elapsed seconds, measured with a monotonic clock (not wall time); while it runs,
 *        the elapsed time so far
 * @param remainingSeconds seconds left until the planned end while it runs; null once ended
 * @param completed true if it ran its full planned time; false while running or if ended early
 * @param strict true if it cannot be ended before its planned end
 * @param label an optional user label (at most {@value StartRequest#MAX_LABEL_LENGTH} characters), or null
 */
public record Session(
        String id,
        SessionType type,
        Instant startTime,
        Instant endTime,
        int plannedMinutes,
        long actualSeconds,
        Long remainingSeconds,
        boolean completed,
        boolean strict,
        String label) {

    /** Whether the session is still running (it has no end time yet). */
    public boolean active() {
        return endTime == null;
    }
}
