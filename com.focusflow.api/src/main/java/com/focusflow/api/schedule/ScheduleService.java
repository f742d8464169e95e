package com.focusflow.api.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Recurring schedules. Every change posts {@link ScheduleTopics#CHANGED} and re-plans the window boundaries
 * at once. Input errors are {@link com.focusflow.api.FocusFlowException} {@code INVALID_INPUT} naming the
 * field ({@code name}, {@code days}, {@code start}, {@code end}, {@code action}) and change nothing; all
 * methods may throw {@code DATABASE}.
 */
@ProviderType
public interface ScheduleService {

    /** Every schedule, ordered by start time, then name. */
    List<Schedule> list();

    /** The schedule with this id; empty if there is none (or {@code id} is null). */
    Optional<Schedule> get(String id);

    /** Validates and stores a new schedule; a window it opens now opens at once. */
    Schedule add(ScheduleRequest request);

    /**
     * Replaces a schedule's fields.
     *
     * @throws com.focusflow.api.FocusFlowException {@code NOT_FOUND}; {@code CONFLICT} if it is strict and its
     *         window is open, and the change would disable it, make it non-strict, close the window or end it
     *         earlier
     */
    Schedule update(String id, ScheduleRequest request);

    /**
     * Deletes a schedule; an open window of it closes at once.
     *
     * @return the deleted schedule
     * @throws com.focusflow.api.FocusFlowException {@code NOT_FOUND}; {@code CONFLICT} if it is strict and its
     *         window is open
     */
    Schedule remove(String id);

    /**
     * Skips the schedule's window that is open now, or else its next one; the one after opens as usual.
     *
     * @return the schedule with {@link Schedule#skipped()} set
     * @throws com.focusflow.api.FocusFlowException {@code NOT_FOUND}; {@code CONFLICT} if it is strict or has
     *         no window to skip (disabled)
     */
    Schedule skipNext(String id);

    /** The zone the local times of schedules are in: the statistics zone setting, or the system's. */
    ZoneId zone();

    /** The merged window open now, or else the next one to open (within the next eight days). */
    Optional<ScheduleWindow> next();
}
