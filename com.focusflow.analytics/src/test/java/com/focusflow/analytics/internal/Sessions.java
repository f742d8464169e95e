package com.focusflow.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/** A session history in memory: only {@link #forEachOverlapping} is used by analytics. */
final class Sessions implements SessionService {

    final List<Session> all = new ArrayList<>();

    static Session ended(SessionType type, Instant start, long seconds, boolean completed) {
        return new Session(UUID.randomUUID().toString(), type, start, start.plusSeconds(seconds),
                (int) Math.max(1, (seconds + 59) / 60), seconds, null, completed, false, null);
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    Session add(Session session) {
        all.add(session);
        return session;
    }

    @Override
    public void forEachOverlapping(Instant from, Instant to, Consumer<? super Session> action) {
        all.stream().filter(s -> s.startTime().isBefore(to) && (s.endTime() == null || s.endTime().isAfter(from)))
                .sorted((a, b) -> a.startTime().compareTo(b.startTime())).forEach(action);
    }

    @Override
    public Session start(StartRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Session end() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Session> active() {
        return Optional.empty();
    }

    @Override
    public Optional<Session> get(String id) {
        return Optional.empty();
    }

    @Override
    public Page<Session> history(Instant from, Instant to, int limit, int offset) {
        throw new UnsupportedOperationException();
    }
}
