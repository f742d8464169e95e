package com.focusflow.ui.internal.model;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.StartRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A session service in memory: one running session at most; strict ones refuse to end; can be made to fail. */
final class FakeSessions implements SessionService {
    final List<StartRequest> starts = new ArrayList<>();
    final List<Session> history = new ArrayList<>();
    Session running;
    final java.util.Map<String, Session> ended = new java.util.HashMap<>();
    RuntimeException failure;

    @Override
    public Session start(StartRequest request) {
        failIfAsked();
        starts.add(request);
        if (running != null) {
            throw FocusFlowException.invalidSession("session %s is already running", running.id());
        }
        running = session("s" + starts.size(), request, null);
        return running;
    }

    @Override
    public Session end() {
        failIfAsked();
        if (running == null) {
            throw FocusFlowException.invalidSession("no session is running");
        }
        if (running.strict()) {
            throw FocusFlowException.invalidSession("this session is strict: it can be stopped in 24 min 10 s");
        }
        Session ended = running;
        running = null;
        return ended;
    }

    @Override
    public Optional<Session> active() {
        failIfAsked();
        return Optional.ofNullable(running);
    }

    @Override
    public Optional<Session> get(String id) {
        return Optional.ofNullable(ended.get(id));
    }

    @Override
    public Page<Session> history(Instant from, Instant to, int limit, int offset) {
        failIfAsked();
        return new Page<>(history, offset, limit, history.size());
    }

    @Override
    public void forEachOverlapping(Instant from, Instant to, Consumer<? super Session> action) {
        throw new UnsupportedOperationException();
    }

    static Session session(String id, StartRequest request, Instant end) {
        return new Session(id, request.type(), Instant.parse("2026-01-05T09:30:00Z"), end, request.plannedMinutes(),
                0, end == null ? request.plannedMinutes() * 60L : null, false, request.strict(), null);
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
