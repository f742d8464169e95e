package com.focusflow.ui.internal.model;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The session panel: the form (type, planned minutes, strict), Start/Stop, the countdown, the state, the
 * window title and a summary once a session is over. Properties change on the FX thread only; service
 * calls run in the background. While the session service is gone the panel says so and every action is a
 * no-op.
 *
 * <p>Safe controls: a second Start/Stop within {@link #REPEAT_GUARD_NANOS} of the first (a double click)
 * is ignored, and so is any while a call is under way; stopping a session planned for more than
 * {@link #CONFIRM_ABOVE_MINUTES} minutes asks first. A strict session cannot be stopped: the panel says
 * when it ends instead of the service's refusal, and keeps that time current.
 */
public final class SessionViewModel {
    /** The planned-minutes presets of focus and custom sessions. */
    public static final List<Integer> PRESETS = List.of(25, 50, 90);
    /** The presets of a break. */
    public static final List<Integer> BREAK_PRESETS = List.of(5, 10, 15);
    /** Stopping a session planned for longer than this asks for confirmation. */
    public static final int CONFIRM_ABOVE_MINUTES = 5;
    /** A Start/Stop this soon after the previous one is taken for a double click and ignored. */
    static final long REPEAT_GUARD_NANOS = 1_000_000_000L;
    /** Below this many seconds a session does not count as started for the score (analytics' rule too). */
    static final long COUNTS_FROM_SECONDS = 60;

    static final String NOT_RUNNING = "No session running";
    static final String UNAVAILABLE = "Sessions are unavailable right now; they come back by themselves.";
    static final String APP_NAME = "FocusFlow";
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final UiThreads threads;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private volatile SessionService service;
    // Asked before a long session is stopped; the window shows a dialog. True means "stop it".
    private Predicate<String> confirmStop = question -> true;

    private final ObjectProperty<SessionType> type = new SimpleObjectProperty<>(SessionType.FOCUS);
    private final StringProperty minutes = new SimpleStringProperty(Integer.toString(PRESETS.get(0)));
    private final BooleanProperty strict = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper strictRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(Formats.countdown(25 * 60));
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(UNAVAILABLE);
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper("Start");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private final ReadOnlyStringWrapper strictUntil = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endsAtText = new ReadOnlyStringWrapper("");

    // Only touched on the FX thread: the running session as last read, when (monotonic), its end (wall).
    private Session current;
    private long readAtNanos;
    private Instant plannedEnd;
    private long lastActionNanos = Long.MIN_VALUE;
    private boolean busy;

    public SessionViewModel(UiThreads threads, LongSupplier nanoTime, Clock clock) {
        this.threads = threads;
        this.nanoTime = nanoTime;
        this.clock = clock;
        minutes.addListener((o, old, text) -> showIdleCountdown());
    }

    /** Who answers "stop this session?" (the window's dialog); without one, stopping never asks. */
    public void setStopConfirmation(Predicate<String> confirm) {
        confirmStop = confirm;
    }

    /** The session service appeared, was replaced or went away (null); the panel follows. */
    public void serviceChanged(SessionService newService) {
        service = newService;
        refresh();
    }

    /** Reads the running session again, e.g. after a session event from the shell, HTTP or the timer. */
    public void refresh() {
        SessionService s = service;
        if (s == null) {
            threads.fx().execute(this::showUnavailable);
            return;
        }
        threads.call(s::active, new Handler<Optional<Session>>(false) {
            @Override
            void ok(Optional<Session> active) {
                Session before = current;
                show(active.orElse(null));
                if (before != null && active.filter(a -> a.id().equals(before.id())).isEmpty()) {
                    summarizeEnded(s, before.id());
                }
            }
        });
    }

    /**
     * Ctrl+Enter and the Start/Stop button: stops a running session (asking first if it is long), otherwise
     * starts one from the form. Ignored right after the previous one (a double click) and during a call.
     */
    public void startOrStop() {
        long now = nanoTime.getAsLong();
        if (busy || (lastActionNanos != Long.MIN_VALUE && now - lastActionNanos < REPEAT_GUARD_NANOS)) {
            return;
        }
        lastActionNanos = now;
        if (running.get()) {
            requestStop();
        } else {
            start();
        }
    }

    /** Starts a session from the form; a mistake in the form or a refusal is shown as the message. */
    public void start() {
        SessionService s = service;
        if (s == null) {
            showUnavailable();
            return;
        }
        Integer planned = plannedMinutes();
        if (planned == null) {
            message.set(String.format("Planned minutes must be a whole number from %d to %d.",
                    StartRequest.MIN_PLANNED_MINUTES, StartRequest.MAX_PLANNED_MINUTES));
            return;
        }
        start(s, new StartRequest(type.get(), planned, strict.get(), null));
    }

    /** The tray's "Start 25-min focus": a default focus session, whatever the form holds. */
    public void startDefault() {
        SessionService s = service;
        if (s == null) {
            showUnavailable();
            return;
        }
        start(s, StartRequest.of(SessionType.FOCUS, StartRequest.DEFAULT_PLANNED_MINUTES));
    }

    private void start(SessionService s, StartRequest request) {
        busy = true;
        summary.set("");
        threads.call(() -> s.start(request), new Handler<Session>(true) {
            @Override
            void ok(Session started) {
                show(started);
            }
        });
    }

    /** Stop as the user asked for it: a strict session says when it ends; a long one asks first. */
    public void requestStop() {
        if (current == null) {
            stop();
            return;
        }
        if (current.strict()) {
            message.set(strictMessage());
            return;
        }
        if (current.plannedMinutes() > CONFIRM_ABOVE_MINUTES && !confirmStop.test(stopQuestion())) {
            return;
        }
        stop();
    }

    /** The question the confirmation dialog asks. */
    String stopQuestion() {
        return "Stop this " + current.type().value() + " session? " + countdown.get()
                + " are left; it will count as stopped early.";
    }

    /** Stops the running session at once (no question); a refusal is shown as the message. */
    public void stop() {
        SessionService s = service;
        if (s == null) {
            showUnavailable();
            return;
        }
        busy = true;
        threads.call(s::end, new Handler<Session>(true) {
            @Override
            void ok(Session ended) {
                show(null);
                summary.set(summaryOf(ended));
            }
        });
    }

    /** Called every second on the FX thread: counts the running session down without asking the service. */
    public void tick() {
        if (current == null) {
            return;
        }
        long left = secondsLeft();
        countdown.set(Formats.countdown(left));
        title.set(Formats.countdown(left) + " left — " + APP_NAME);
        if (current.strict()) {
            strictUntil.set(strictLine(left));
            if (!message.get().isEmpty()) {
                message.set(strictMessage()); // the refusal's time left stays true
            }
        }
        if (left <= 0) {
            refresh(); // the session ends by itself now; its ENDED event refreshes too
        }
    }

    private long secondsLeft() {
        long elapsed = (nanoTime.getAsLong() - readAtNanos) / 1_000_000_000L;
        return current.remainingSeconds() == null ? 0 : current.remainingSeconds() - elapsed;
    }

    private void show(Session session) {
        if (current != null && session == null) {
            message.set(""); // a refusal about the session that just ended is no longer true
        }
        available.set(true);
        current = session;
        readAtNanos = nanoTime.getAsLong();
        running.set(session != null);
        strictRunning.set(session != null && session.strict());
        action.set(session == null ? "Start" : "Stop");
        if (session == null) {
            plannedEnd = null;
            state.set(NOT_RUNNING);
            title.set(APP_NAME);
            strictUntil.set("");
            endsAtText.set("");
            showIdleCountdown();
            return;
        }
        long left = session.remainingSeconds() == null ? 0 : session.remainingSeconds();
        plannedEnd = clock.instant().plusSeconds(left);
        endsAtText.set(endsAt());
        // The form mirrors the running session, whoever started it (shell, HTTP, Pomodoro, another launch).
        type.set(session.type());
        minutes.set(Integer.toString(session.plannedMinutes()));
        strict.set(session.strict());
        String kind = session.type().value();
        state.set(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " session running, "
                + session.plannedMinutes() + " min" + (session.strict() ? ", strict" : ""));
        countdown.set(Formats.countdown(left));
        title.set(Formats.countdown(left) + " left — " + APP_NAME);
        strictUntil.set(session.strict() ? strictLine(left) : "");
    }

    /** "Strict: ends at 10:42 (18 min left)". */
    private String strictLine(long left) {
        return "Strict: ends at " + endsAt() + " (" + Formats.duration(Math.max(left, 0) + 59) + " left)";
    }

    private String strictMessage() {
        return "This session is strict: it cannot be stopped. It ends at " + endsAt() + ", in "
                + Formats.duration(Math.max(secondsLeft(), 0) + 59) + ".";
    }

    private String endsAt() {
        return plannedEnd == null ? "–" : CLOCK_TIME.format(plannedEnd.atZone(clock.getZone()));
    }

    private void summarizeEnded(SessionService s, String id) {
        threads.call(() -> s.get(id), new Handler<Optional<Session>>(false) {
            @Override
            void ok(Optional<Session> ended) {
                ended.ifPresent(e -> summary.set(summaryOf(e)));
            }
        });
    }

    /** What the card says once a session is over: how long it ran and whether it counts. */
    static String summaryOf(Session ended) {
        String kind = ended.type().value();
        String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        if (ended.completed()) {
            return name + " session completed: " + Formats.duration(ended.actualSeconds()) + ". Well done.";
        }
        if (ended.actualSeconds() < COUNTS_FROM_SECONDS) {
            return name + " session stopped after " + ended.actualSeconds()
                    + " s: under a minute, so it does not count for the score.";
        }
        return name + " session stopped early after " + Formats.duration(ended.actualSeconds()) + " of "
                + ended.plannedMinutes() + " min.";
    }

    private void showUnavailable() {
        available.set(false);
        current = null;
        running.set(false);
        strictRunning.set(false);
        action.set("Start");
        state.set(UNAVAILABLE);
        title.set(APP_NAME);
        strictUntil.set("");
    }

    private void showIdleCountdown() {
        if (current == null) {
            Integer planned = plannedMinutes();
            countdown.set(Formats.countdown(planned == null ? 0 : planned * 60L));
        }
    }

    private Integer plannedMinutes() {
        try {
            int value = Integer.parseInt(minutes.get().strip());
            return value >= StartRequest.MIN_PLANNED_MINUTES && value <= StartRequest.MAX_PLANNED_MINUTES ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The presets that fit the chosen type: 5/10/15 for a break, 25/50/90 otherwise. */
    public static List<Integer> presetsFor(SessionType sessionType) {
        return sessionType == SessionType.BREAK ? BREAK_PRESETS : PRESETS;
    }

    /**
     * Shows a refusal as the message, or "unavailable" when the service went away during the call; an
     * action that succeeds clears the previous message. Either way the call is over (not busy).
     */
    private abstract class Handler<T> implements UiThreads.ResultHandler<T> {
        private final boolean clearsMessage;

        Handler(boolean clearsMessage) {
            this.clearsMessage = clearsMessage;
        }

        abstract void ok(T result);

        @Override
        public void done(T result) {
            busy = false;
            if (clearsMessage) {
                message.set("");
            }
            ok(result);
        }

        @Override
        public void failed(RuntimeException e) {
            busy = false;
            if (e instanceof FocusFlowException f) {
                message.set(current != null && current.strict() ? strictMessage() : f.getMessage());
                refresh();
            } else {
                showUnavailable();
            }
        }
    }

    public ObjectProperty<SessionType> typeProperty() {
        return type;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public BooleanProperty strictProperty() {
        return strict;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a strict session runs: the block list may grow but not shrink. */
    public ReadOnlyBooleanProperty strictRunningProperty() {
        return strictRunning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The window title: "18:42 left — FocusFlow" while a session runs, else "FocusFlow". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** While a strict session runs, "Strict: ends at 10:42 (18 min left)"; else empty. */
    public ReadOnlyStringProperty strictUntilProperty() {
        return strictUntil.getReadOnlyProperty();
    }

    /** When the running session ends by the wall clock, "10:42"; empty while none runs. */
    public ReadOnlyStringProperty endsAtProperty() {
        return endsAtText.getReadOnlyProperty();
    }

    /** How the last session went, once it is over; empty while one runs. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a session is running (for closing the window: hide, never quit). */
    public boolean isRunning() {
        return running.get();
    }
}
