package com.focusflow.ui.internal.schedule;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleRequest;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleWindow;
import com.focusflow.ui.internal.model.UiThreads;

/**
 * The Schedules tab and the Session tab's schedule line: the schedules, their bars for the week view, the
 * window open now ("Blocked until 12:00 (Deep work)") or the next one, and adding or deleting a schedule with
 * the service's message when it refuses.
 */
public final class SchedulesViewModel {
    static final String UNAVAILABLE = "Schedules are unavailable right now; they come back by themselves.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final UiThreads threads;
    private final Clock clock;
    private volatile ScheduleService service;

    private final ObservableList<Schedule> schedules = FXCollections.observableArrayList();
    private final ObservableList<WeekLayout.Bar> bars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(UNAVAILABLE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private volatile ZoneId zone = ZoneId.systemDefault();

    public SchedulesViewModel(UiThreads threads, Clock clock) {
        this.threads = threads;
        this.clock = clock;
    }

    public void serviceChanged(ScheduleService changed) {
        service = changed;
        refresh();
    }

    /** Reads the schedules and the current or next window again. */
    public void refresh() {
        ScheduleService current = service;
        if (current == null) {
            threads.fx().execute(() -> show(List.of(), Optional.empty(), UNAVAILABLE));
            return;
        }
        background(() -> {
            List<Schedule> all = current.list();
            Optional<ScheduleWindow> next = current.next();
            zone = current.zone();
            threads.fx().execute(() -> show(all, next, null));
        });
    }

    public void add(String name, List<String> days, String start, String end, String action, boolean strict) {
        change(s -> s.add(new ScheduleRequest(name, days, start, end, action, strict, true)));
    }

    public void remove(String id) {
        change(s -> s.remove(id));
    }

    public void skip(String id) {
        change(s -> s.skipNext(id));
    }

    public ObservableList<Schedule> schedules() {
        return schedules;
    }

    public ObservableList<WeekLayout.Bar> bars() {
        return bars;
    }

    /** "Blocked until 12:00 (Deep work)", "Next: Tue 09:00-12:00 (Deep work)", "No schedules". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last change was refused; empty after a change that worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where "now" is in the week view: the column (0 = Monday) and the minute of the day, in the schedules' zone. */
    public int[] now() {
        var local = clock.instant().atZone(zone);
        return new int[] { local.getDayOfWeek().getValue() - 1, local.getHour() * 60 + local.getMinute() };
    }

    private interface Change {
        Object apply(ScheduleService service);
    }

    private void change(Change change) {
        ScheduleService current = service;
        if (current == null) {
            error.set(UNAVAILABLE);
            return;
        }
        background(() -> {
            try {
                change.apply(current);
                threads.fx().execute(() -> error.set(""));
            } catch (FocusFlowException e) {
                threads.fx().execute(() -> error.set(e.getMessage()));
            }
            refresh();
        });
    }

    private void background(Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) { // the service went away or its database is not ready
                threads.fx().execute(() -> status.set(UNAVAILABLE));
            }
        };
        try {
            threads.background().execute(guarded);
        } catch (RejectedExecutionException closing) {
            // the window is going away
        }
    }

    private void show(List<Schedule> all, Optional<ScheduleWindow> next, String unavailable) {
        schedules.setAll(all);
        bars.setAll(WeekLayout.bars(all));
        status.set(unavailable != null ? unavailable : describe(next, all.isEmpty()));
    }

    private String describe(Optional<ScheduleWindow> next, boolean none) {
        if (next.isEmpty()) {
            return none ? "No schedules" : "No schedule opens in the next week";
        }
        ScheduleWindow w = next.get();
        String names = w.schedules().stream().map(ScheduleWindow.Ref::name).collect(Collectors.joining(", "));
        if (w.open()) {
            return "Blocked until " + TIME.format(w.end().atZone(zone)) + " (" + names + ")";
        }
        return "Next: " + DAY_TIME.format(w.start().atZone(zone)) + "-" + TIME.format(w.end().atZone(zone)) + " (" + names + ")";
    }
}
