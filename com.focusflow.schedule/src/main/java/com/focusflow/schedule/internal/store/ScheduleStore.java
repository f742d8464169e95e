package com.focusflow.schedule.internal.store;

import java.util.List;
import java.util.Optional;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.sync.SectionReport;

/** Where schedules are kept. Every method may throw {@code DATABASE}. */
public interface ScheduleStore {

    /** Every schedule, in no particular order. */
    List<Schedule> all();

    Optional<Schedule> get(String id);

    void insert(Schedule schedule);

    /** Replaces the schedule with the same id; false if there is none. */
    boolean update(Schedule schedule);

    /** False if there was none. */
    boolean delete(String id);

    /** Merges imported (validated) schedules by id in one transaction: the newer {@code updatedAt} wins. */
    SectionReport merge(List<Schedule> incoming);
}
