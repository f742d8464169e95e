package com.focusflow.session.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.StartRequest;

/**
 * The session state machine: at most one session runs; it ends by itself when its planned time is up, early
 * through {@link #end()} unless strict, and survives restarts and crashes. Transitions are serialized by one
 * lock, and the in-memory state changes only after the database accepted the change.
 */
public final class SessionLifecycle implements SessionService {

    /** A session is never longer than this, so its end is at most this long after its start. */
    static final Duration LONGEST = Duration.ofMinutes(StartRequest.MAX_PLANNED_MINUTES);
    static final int SCAN_CHUNK = 500;
    /** After a failed automatic end (database busy or gone), try again this much later. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(SessionLifecycle.class);
    private static final Comparator<Session> START_ORDER = Comparator.comparing(Session::startTime)
            .thenComparing(Session::id);

    private final SessionStore store;
    private final LongSupplier monotonic;
    private final Supplier<Instant> wallClock;
    private final Scheduler scheduler;
    private final SessionEvents events;
    private final Duration checkpointInterval;

    private final Object lock = new Object();
    private RunningSession running;
    private boolean suspended;
    private Scheduler.Task endTimer;
    private Scheduler.Task checkpointTimer;

    /**
     * @param monotonic nanoseconds from a monotonic clock ({@code System::nanoTime}); all durations come from it
     * @param wallClock the current instant; only used to stamp start times and checkpoints
     */
    public SessionLifecycle(SessionStore store, LongSupplier monotonic, Supplier<Instant> wallClock, Scheduler scheduler,
            SessionEvents events, Duration checkpointInterval) {
        this.store = store;
        this.monotonic = monotonic;
        this.wallClock = wallClock;
        this.scheduler = scheduler;
        this.events = events;
        this.checkpointInterval = checkpointInterval;
    }

    @Override
    public Session start(StartRequest request) {
        StartRequest valid = SessionRules.validStart(request);
        synchronized (lock) {
            requireLive();
            if (running != null) {
                throw SessionRules.alreadyRunning(running.snapshot(monotonic.getAsLong()));
            }
            Instant start = wallClock.get().truncatedTo(ChronoUnit.MILLIS);
            RunningSession session = new RunningSession(UUID.randomUUID().toString(), valid.type(), start,
                    valid.plannedMinutes(), valid.strict(), valid.label(), 0, monotonic.getAsLong());
            store.insert(SessionEntity.running(session));
            run(session);
            Session started = session.snapshot(monotonic.getAsLong());
            events.started(started);
            LOG.info("Started {}{}", SessionRules.describe(started), started.strict() ? ", strict" : "");
            return started;
        }
    }

    @Override
    public Session end() {
        synchronized (lock) {
            requireLive();
            if (running == null) {
                throw SessionRules.noneRunning();
            }
            long now = monotonic.getAsLong();
            if (running.strict() && !running.timeUp(now)) {
                throw SessionRules.strictNotOver(running.snapshot(now));
            }
            return finish(now);
        }
    }

    @Override
    public Optional<Session> active() {
        synchronized (lock) {
            requireLive();
            return running == null ? Optional.empty() : Optional.of(running.snapshot(monotonic.getAsLong()));
        }
    }

    @Override
    public Optional<Session> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Session> live = active().filter(s -> s.id().equals(id));
        return live.isPresent() ? live : store.find(id).map(SessionEntity::toSession);
    }

    @Override
    public Page<Session> history(Instant from, Instant to, int limit, int offset) {
        SessionRules.checkPage(from, to, limit, offset);
        Instant lower = from == null ? SessionStore.NO_LOWER_BOUND : from;
        Instant upper = to == null ? SessionStore.NO_UPPER_BOUND : to;
        Optional<Session> live = active();
        List<Session> items = store.page(lower, upper, limit, offset).stream()
                .map(row -> live.filter(s -> s.id().equals(row.id())).orElseGet(row::toSession))
                .toList();
        return new Page<>(items, offset, limit, store.count(lower, upper));
    }

    @Override
    public void forEachOverlapping(Instant from, Instant to, Consumer<? super Session> action) {
        SessionRules.checkOverlapRange(from, to);
        Session live = active().filter(s -> s.startTime().isBefore(to)
                && s.startTime().plusSeconds(s.actualSeconds()).isAfter(from)).orElse(null);
        Instant earliest = from.minus(LONGEST);
        Instant afterStart = SessionStore.NO_LOWER_BOUND;
        String afterId = "";
        List<SessionEntity> chunk;
        do {
            chunk = store.endedOverlapping(from, to, earliest, afterStart, afterId, SCAN_CHUNK);
            for (SessionEntity row : chunk) {
                Session ended = row.toSession();
                if (live != null && START_ORDER.compare(live, ended) < 0) {
                    action.accept(live);
                    live = null;
                }
                action.accept(ended);
                afterStart = row.startTime();
                afterId = row.id();
            }
        } while (chunk.size() == SCAN_CHUNK);
        if (live != null) {
            action.accept(live);
        }
    }

    /**
     * Picks up what the database has as running, once, before first use: resumes it, or closes it if its
     * planned time was used up.
     *
     * @return the resumed session, if one was
     */
    public Optional<Session> recover() {
        synchronized (lock) {
            List<SessionEntity> rows = new ArrayList<>(store.running());
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            SessionEntity newest = rows.remove(0);
            rows.forEach(this::closeStale);
            Recovery.Decision decision = Recovery.decide(newest.actualSeconds(), newest.plannedMinutes());
            long now = monotonic.getAsLong();
            RunningSession session = new RunningSession(newest.id(), newest.type(), newest.startTime(),
                    newest.plannedMinutes(), newest.strict(), newest.label(), Duration.ofSeconds(decision.elapsedSeconds()).toNanos(), now);
            if (!decision.resume()) {
                closeAtRecovery(session, decision);
                return Optional.empty();
            }
            run(session);
            Session resumed = session.snapshot(now);
            events.resumed(resumed);
            LOG.info("Resumed {} after a restart: {} elapsed, {} left", SessionRules.describe(resumed),
                    Durations.format(resumed.actualSeconds()), Durations.format(resumed.remainingSeconds()));
            return Optional.of(resumed);
        }
    }

    /**
     * Saves the running session's elapsed time and stops its timers; it stays running in the database. From
     * then on this lifecycle answers no more questions about the running session: "none" would be wrong
     * (the next one resumes it), and a caller such as blocking would act on it.
     */
    public void suspend() {
        synchronized (lock) {
            suspended = true;
            if (running != null) {
                checkpoint();
                stopTimers();
                running = null;
            }
        }
    }

    private void requireLive() {
        if (suspended) {
            throw FocusFlowException.of(ErrorKind.IO, "Sessions are restarting (the session bundle is stopping or "
                    + "being updated); try again in a moment");
        }
    }

    /** Saves the elapsed time of the running session, if any. */
    void checkpoint() {
        synchronized (lock) {
            if (running == null) {
                return;
            }
            try {
                store.checkpoint(running.id(), running.elapsedSeconds(monotonic.getAsLong()), wallClock.get());
            } catch (FocusFlowException e) {
                LOG.warn("Could not save the elapsed time of {}: {}", running.id(), e.getMessage());
            }
        }
    }

    private void run(RunningSession session) {
        running = session;
        scheduleEnd(Duration.ofNanos(session.remainingNanos(monotonic.getAsLong())));
        checkpointTimer = scheduler.every(checkpointInterval, this::checkpoint);
    }

    private void scheduleEnd(Duration delay) {
        String id = running.id();
        endTimer = scheduler.after(delay, () -> endIfTimeUp(id));
    }

    private void endIfTimeUp(String id) {
        synchronized (lock) {
            if (running == null || !running.id().equals(id)) {
                return;
            }
            long now = monotonic.getAsLong();
            if (!running.timeUp(now)) {
                scheduleEnd(Duration.ofNanos(running.remainingNanos(now)));
                return;
            }
            try {
                finish(now);
            } catch (FocusFlowException e) {
                LOG.warn("Could not end {} when its time was up, trying again in {} s: {}", id, RETRY.toSeconds(),
                        e.getMessage());
                scheduleEnd(RETRY);
            }
        }
    }

    /** Ends the running session: completed with its planned time if that is up, else with its elapsed time. */
    private Session finish(long now) {
        RunningSession session = running;
        boolean completed = session.timeUp(now);
        long actual = completed ? session.plannedSeconds() : session.elapsedSeconds(now);
        if (!store.end(session.id(), session.endTimeAfter(actual), actual, completed)) {
            LOG.warn("{} was no longer running in the database", session.id());
        }
        stopTimers();
        running = null;
        Session ended = session.ended(actual, completed);
        events.ended(ended);
        LOG.info("Ended {} after {}{}", SessionRules.describe(ended), Durations.format(actual),
                completed ? ", completed" : ", early");
        return ended;
    }

    private void closeAtRecovery(RunningSession session, Recovery.Decision decision) {
        store.end(session.id(), session.endTimeAfter(decision.elapsedSeconds()), decision.elapsedSeconds(),
                decision.completed());
        Session ended = session.ended(decision.elapsedSeconds(), decision.completed());
        events.ended(ended);
        LOG.info("Closed {} found running at start-up: its planned time was used up", SessionRules.describe(ended));
    }

    private void closeStale(SessionEntity row) {
        long elapsed = Math.min(Math.max(0, row.actualSeconds()), row.plannedMinutes() * 60L);
        store.end(row.id(), row.startTime().plusSeconds(elapsed), elapsed, false);
        LOG.warn("Closed session {}: a newer one was also running", row.id());
    }

    private void stopTimers() {
        if (endTimer != null) {
            endTimer.cancel();
            endTimer = null;
        }
        if (checkpointTimer != null) {
            checkpointTimer.cancel();
            checkpointTimer = null;
        }
    }
}
