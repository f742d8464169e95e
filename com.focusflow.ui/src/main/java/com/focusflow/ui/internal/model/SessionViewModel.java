package com.focusflow.ui.internal.model;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
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
 * The session panel: the form (type, planned minutes, strict), Start/Stop, the countdown and the state.
 * Properties change on the FX thread only; service calls run in the background. While the session service
 * is gone the panel says so and every action is a no-op.
 */
public final class SessionViewModel {
    /** The planned-minutes presets offered next to the free entry. */
    public static final List<Integer> PRESETS = List.of(25, 50, 90);

    static final String NOT_RUNNING = "No session running";
    static final String UNAVAILABLE = "Sessions are unavailable right now; they come back by themselves.";

    private final UiThreads threads;
    private final LongSupplier nanoTime;
    private volatile SessionService service;

    private final ObjectProperty<SessionType> type = new SimpleObjectProperty<>(SessionType.FOCUS);
    private final StringProperty minutes = new SimpleStringProperty(Integer.toString(PRESETS.get(0)));
    private final BooleanProperty strict = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(Formats.countdown(25 * 60));
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(UNAVAILABLE);
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper("Start");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    // Only touched on the FX thread: the running session as last read, and when (monotonic).
    private Session current;
    private long readAtNanos;

    public SessionViewModel(UiThreads threads, LongSupplier nanoTime) {
        this.threads = threads;
        this.nanoTime = nanoTime;
        minutes.addListener((o, old, text) -> showIdleCountdown());
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
                show(active.orElse(null));
            }
        });
    }

    /** Ctrl+Enter and the Start/Stop button: stops a running session, otherwise starts one from the form. */
    public void startOrStop() {
        if (running.get()) {
            stop();
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
        threads.call(() -> s.start(request), new Handler<Session>(true) {
            @Override
            void ok(Session started) {
                show(started);
            }
        });
    }

    /** Stops the running session; a strict session's refusal (with the time left) is shown as the message. */
    public void stop() {
        SessionService s = service;
        if (s == null) {
            showUnavailable();
            return;
        }
        threads.call(s::end, new Handler<Session>(true) {
            @Override
            void ok(Session ended) {
                show(null);
            }
        });
    }

    /** Called every second on the FX thread: counts the running session down without asking the service. */
    public void tick() {
        if (current == null) {
            return;
        }
        long elapsed = (nanoTime.getAsLong() - readAtNanos) / 1_000_000_000L;
        long left = current.remainingSeconds() == null ? 0 : current.remainingSeconds() - elapsed;
        countdown.set(Formats.countdown(left));
        if (left <= 0) {
            refresh(); // the session ends by itself now; its ENDED event refreshes too
        }
    }

    private void show(Session session) {
        if (current != null && session == null) {
            message.set(""); // a refusal about the session that just ended is no longer true
        }
        available.set(true);
        current = session;
        readAtNanos = nanoTime.getAsLong();
        running.set(session != null);
        action.set(session == null ? "Start" : "Stop");
        if (session == null) {
            state.set(NOT_RUNNING);
            showIdleCountdown();
            return;
        }
        String kind = session.type().value();
        state.set(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " session running, "
                + session.plannedMinutes() + " min" + (session.strict() ? ", strict: Stop only at the end" : ""));
        countdown.set(Formats.countdown(session.remainingSeconds() == null ? 0 : session.remainingSeconds()));
    }

    private void showUnavailable() {
        available.set(false);
        current = null;
        running.set(false);
        action.set("Start");
        state.set(UNAVAILABLE);
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

    /**
     * Shows a refusal as the message, or "unavailable" when the service went away during the call; an
     * action that succeeds clears the previous message.
     */
    private abstract class Handler<T> implements UiThreads.ResultHandler<T> {
        private final boolean clearsMessage;

        Handler(boolean clearsMessage) {
            this.clearsMessage = clearsMessage;
        }

        abstract void ok(T result);

        @Override
        public void done(T result) {
            if (clearsMessage) {
                message.set("");
            }
            ok(result);
        }

        @Override
        public void failed(RuntimeException e) {
            if (e instanceof FocusFlowException f) {
                message.set(f.getMessage());
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
}
