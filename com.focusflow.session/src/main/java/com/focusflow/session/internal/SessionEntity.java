package com.focusflow.session.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.persistence.jpa.InstantMillisConverter;

/**
 * A row of {@code sessions} (db/migration). Instants are INTEGER epoch milliseconds, UTC. While a session runs,
 * {@code end_time} is NULL and {@code actual_duration_seconds} holds the elapsed time last saved.
 */
@Entity
@Table(name = "sessions")
public class SessionEntity {

    // named queries: SessionQueries
    static final String RUNNING = "Session.running";
    static final String PAGE = "Session.page";
    static final String COUNT = "Session.count";
    static final String ENDED_OVERLAPPING = "Session.endedOverlapping";
    static final String AFTER = "Session.after";
    static final String CHECKPOINT = "Session.checkpoint";

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "start_time", nullable = false)
    @Convert(converter = InstantMillisConverter.class)
    private Instant startTime;

    @Column(name = "end_time")
    @Convert(converter = InstantMillisConverter.class)
    private Instant endTime;

    @Column(name = "planned_duration_minutes", nullable = false)
    private int plannedMinutes;

    @Column(name = "actual_duration_seconds", nullable = false)
    private long actualSeconds;

    @Column(name = "session_type", nullable = false)
    @Convert(converter = SessionTypeConverter.class)
    private SessionType type;

    @Column(name = "completed", nullable = false)
    private boolean completed;

    @Column(name = "strict", nullable = false)
    private boolean strict;

    @Column(name = "label")
    private String label;

    @Column(name = "checkpoint_time")
    @Convert(converter = InstantMillisConverter.class)
    private Instant checkpointTime;

    protected SessionEntity() {
        // for JPA
    }

    /** A new running session. */
    static SessionEntity running(RunningSession session) {
        SessionEntity e = new SessionEntity();
        e.id = session.id();
        e.startTime = session.startTime();
        e.plannedMinutes = session.plannedMinutes();
        e.type = session.type();
        e.strict = session.strict();
        e.label = session.label();
        e.checkpointTime = session.startTime();
        return e;
    }

    void end(Instant end, long actual, boolean done) {
        this.endTime = end;
        this.actualSeconds = actual;
        this.completed = done;
    }

    /** The session as it is stored; for a running one, with the elapsed time last saved. */
    Session toSession() {
        Long remaining = endTime == null ? Math.max(0, plannedMinutes * 60L - actualSeconds) : null;
        return new Session(id, type, startTime, endTime, plannedMinutes, actualSeconds, remaining, completed, strict, label);
    }

    String id() {
        return id;
    }

    Instant startTime() {
        return startTime;
    }

    Instant endTime() {
        return endTime;
    }

    int plannedMinutes() {
        return plannedMinutes;
    }

    long actualSeconds() {
        return actualSeconds;
    }

    SessionType type() {
        return type;
    }

    boolean strict() {
        return strict;
    }

    String label() {
        return label;
    }
}
