package com.focusflow.schedule.internal.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.schedule.internal.plan.Occurrence;
import com.focusflow.schedule.internal.plan.Timeline;

/**
 * Keeps the set of open windows current: at every boundary, after every change and at least every
 * {@link #MAX_WAIT} it compares the windows open now with those it last saw and reports the difference. It
 * works from the state at the moment, not from remembered edges, so a restart, a crash or a changed clock or
 * zone all come right at the next tick. Runs on the {@link Timer}'s thread only.
 */
public final class Planner {

    /** Longest sleep between two checks, so a wall-clock jump (suspend, clock change) is noticed soon. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    /** A window found open this soon after its start counts as opening now (a focus session may start). */
    static final Duration JUST_OPENED = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    /** What to do when windows open, change and close. */
    public interface Windows {
        /** @param atItsStart whether it opened just now (not found open after a restart) */
        void opened(Occurrence window, boolean atItsStart);

        /** The schedule of an open window was edited; it stays open. */
        void changed(Occurrence before, Occurrence after);

        void closed(Occurrence window);
    }

    private final Supplier<List<Schedule>> schedules;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private final Timer timer;
    private final Windows windows;
    private Map<String, Occurrence> open = Map.of();
    private Timer.Task pending;
    private volatile boolean stopped;

    public Planner(Supplier<List<Schedule>> schedules, Supplier<ZoneId> zone, Clock clock, Timer timer, Windows windows) {
        this.schedules = schedules;
        this.zone = zone;
        this.clock = clock;
        this.timer = timer;
        this.windows = windows;
    }

    /** Checks at once (on the timer's thread), e.g. after a change of the schedules or the zone. */
    public void replan() {
        if (stopped) {
            return; // SCR unbinds dynamic references after deactivation: nothing left to plan
        }
        try {
            timer.execute(this::tick);
        } catch (RejectedExecutionException stopping) {
            // stopped between the check and now
        }
    }

    /** Plans nothing more; the open windows are not reported closed (they did not end). */
    public void stop() {
        stopped = true;
    }

    private void tick() {
        if (stopped) {
            return;
        }
        cancelPending();
        Instant now = clock.instant();
        Timeline timeline;
        try {
            timeline = new Timeline(schedules.get(), zone.get());
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the schedules; trying again in {} s: {}", RETRY.toSeconds(), e.getMessage());
            pending = timer.after(RETRY, this::tick);
            return;
        }
        Map<String, Occurrence> nowOpen = new LinkedHashMap<>();
        timeline.openAt(now).forEach(o -> nowOpen.put(o.schedule().id(), o));
        // Opened first, closed last: a window that takes over from one that ends now leaves no gap.
        nowOpen.forEach((id, window) -> {
            Occurrence before = open.get(id);
            if (before == null) {
                windows.opened(window, !window.start().isBefore(now.minus(JUST_OPENED)));
            } else if (!before.equals(window)) {
                windows.changed(before, window);
            }
        });
        open.forEach((id, window) -> {
            if (!nowOpen.containsKey(id)) {
                windows.closed(window);
            }
        });
        open = nowOpen;
        Optional<Instant> next = timeline.nextBoundary(now);
        Duration wait = next.map(t -> Duration.between(now, t)).filter(d -> d.compareTo(MAX_WAIT) < 0).orElse(MAX_WAIT);
        pending = timer.after(wait, this::tick);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
