package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.event.Event;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/** A running session survives a stop of its bundle, and one left behind by a crash is picked up. */
class SessionRecoveryTest {

    @InjectBundleContext
    BundleContext context;

    SessionDatabase db;

    @BeforeEach
    void setUp() {
        db = new SessionDatabase(context);
    }

    @AfterAll
    static void defaultDatabase(@InjectBundleContext BundleContext context) throws Exception {
        new SessionDatabase(context).useDefault();
    }

    @Test
    void stoppingAndStartingTheSessionBundleKeepsTheRunningSession() throws Exception {
        SessionService sessions = db.use(db.newFile("restart"));
        Session started = sessions.start(new StartRequest(SessionType.FOCUS, 25, true, null));
        Poll.until(Duration.ofSeconds(10), "a second to pass", () ->
                sessions.active().filter(s -> s.actualSeconds() >= 1).orElse(null));

        Bundle bundle = db.sessionBundle();
        try (SessionEvents events = new SessionEvents(context)) {
            long before = db.sessionServiceId();
            bundle.stop();
            bundle.start();

            Event resumed = events.await(SessionTopics.RESUMED, started.id());
            assertThat((Long) resumed.getProperty(SessionTopics.PROP_ACTUAL_SECONDS)).isGreaterThanOrEqualTo(1);
            Session after = db.awaitNewSessionService(before).active().orElseThrow();
            assertThat(after.id()).isEqualTo(started.id());
            assertThat(after.strict()).isTrue();
            assertThat(after.actualSeconds()).isGreaterThanOrEqualTo(1);
            assertThat(after.remainingSeconds()).isLessThanOrEqualTo(1499);
            assertThat(events.all()).noneMatch(e -> e.getTopic().equals(SessionTopics.ENDED));
        } finally {
            if (bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
        }
    }

    @Test
    void aSessionLeftRunningByACrashResumesWithItsSavedTime() throws Exception {
        Path file = db.newFile("crash");
        long start = Instant.now().minusSeconds(3600).toEpochMilli();
        // As if the last run died 10 minutes into a 30 minute session, without any shutdown.
        db.write(file, 2, "INSERT INTO sessions (id, start_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type, strict, checkpoint_time) VALUES ('crashed-session', " + start + ", 30, 600, 'focus', 1, "
                + (start + 600_000) + ")");

        try (SessionEvents events = new SessionEvents(context)) {
            Stopwatch sinceResume = Stopwatch.start();
            SessionService sessions = db.use(file);

            Event resumed = events.await(SessionTopics.RESUMED, "crashed-session");
            assertThat(resumed.getProperty(SessionTopics.PROP_ACTUAL_SECONDS)).isEqualTo(600L);
            assertThat(resumed.getProperty(SessionTopics.PROP_REMAINING_SECONDS)).isEqualTo(1200L);
            assertThat(resumed.getProperty(SessionTopics.PROP_STRICT)).isEqualTo(true);
            Session running = sessions.active().orElseThrow();
            assertThat(running.id()).isEqualTo("crashed-session");
            assertThat(running.startTime()).isEqualTo(Instant.ofEpochMilli(start));
            // resumed at its saved 600 s: since then it counted no more than the test's own monotonic clock
            assertThat(running.actualSeconds()).isBetween(600L, 600L + sinceResume.seconds());
            assertThat(running.actualSeconds() + running.remainingSeconds()).isEqualTo(1800L);
        }
    }

    @Test
    void aCrashedSessionWithSecondsLeftEndsByItselfOnTime() throws Exception {
        Path file = db.newFile("almost-done");
        long start = Instant.now().minusSeconds(600).toEpochMilli();
        db.write(file, 2, "INSERT INTO sessions (id, start_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type) VALUES ('almost-done', " + start + ", 5, 298, 'break')");

        try (SessionEvents events = new SessionEvents(context)) {
            SessionService sessions = db.use(file);

            events.await(SessionTopics.RESUMED, "almost-done");
            Event ended = events.await(SessionTopics.ENDED, "almost-done");
            assertThat(ended.getProperty(SessionTopics.PROP_COMPLETED)).isEqualTo(true);
            assertThat(ended.getProperty(SessionTopics.PROP_ACTUAL_SECONDS)).isEqualTo(300L);
            assertThat(ended.getProperty(SessionTopics.PROP_END_TIME)).isEqualTo(Instant.ofEpochMilli(start).plusSeconds(300));
            assertThat(sessions.active()).isEmpty();
            assertThat(sessions.get("almost-done")).hasValueSatisfying(s -> assertThat(s.completed()).isTrue());
        }
    }

    @Test
    void aCrashedSessionWhosePlannedTimeWasUsedUpIsClosedAsCompleted() throws Exception {
        Path file = db.newFile("used-up");
        long start = Instant.now().minusSeconds(7200).toEpochMilli();
        db.write(file, 2, "INSERT INTO sessions (id, start_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type) VALUES ('used-up', " + start + ", 25, 1500, 'focus')");

        try (SessionEvents events = new SessionEvents(context)) {
            SessionService sessions = db.use(file);

            Event ended = events.await(SessionTopics.ENDED, "used-up");
            assertThat(ended.getProperty(SessionTopics.PROP_COMPLETED)).isEqualTo(true);
            assertThat(sessions.active()).isEmpty();
            assertThat(sessions.get("used-up").orElseThrow().endTime()).isEqualTo(Instant.ofEpochMilli(start).plusSeconds(1500));
            assertThat(events.all()).noneMatch(e -> e.getTopic().equals(SessionTopics.RESUMED));
        }
    }
}
