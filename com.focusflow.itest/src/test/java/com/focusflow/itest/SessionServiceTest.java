package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/** The session service in the real framework, each test on its own SQLite file. */
class SessionServiceTest {

    @InjectBundleContext
    BundleContext context;

    SessionDatabase db;
    SessionService sessions;

    @BeforeEach
    void freshDatabase() throws Exception {
        db = new SessionDatabase(context);
        sessions = db.use(db.newFile("service"));
    }

    @AfterAll
    static void defaultDatabase(@InjectBundleContext BundleContext context) throws Exception {
        new SessionDatabase(context).useDefault();
    }

    @Test
    void lifecycleWithEventsAndEveryRefusedTransition() throws Exception {
        try (SessionEvents events = new SessionEvents(context)) {
            assertRefused(sessions::end, ErrorKind.INVALID_SESSION, "no session is running");
            assertRefused(() -> sessions.start(StartRequest.of(SessionType.FOCUS, 0)), ErrorKind.INVALID_INPUT, "1..720");
            assertRefused(() -> sessions.start(StartRequest.of(SessionType.FOCUS, 721)), ErrorKind.INVALID_INPUT, "1..720");
            assertRefused(() -> sessions.start(StartRequest.of(null, 25)), ErrorKind.INVALID_INPUT, "type");

            Session started = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
            assertRefused(() -> sessions.start(StartRequest.of(SessionType.BREAK, 5)), ErrorKind.INVALID_SESSION,
                    started.id().substring(0, 8));
            Event startedEvent = events.await(SessionTopics.STARTED, started.id());
            assertThat(startedEvent.getProperty(SessionTopics.PROP_TYPE)).isEqualTo("focus");
            assertThat(startedEvent.getProperty(SessionTopics.PROP_PLANNED_MINUTES)).isEqualTo(25);
            assertThat(startedEvent.getProperty(SessionTopics.PROP_START_TIME)).isEqualTo(started.startTime());
            assertThat(startedEvent.getProperty(SessionTopics.PROP_REMAINING_SECONDS)).isEqualTo(1500L);

            Session ended = sessions.end();
            assertThat(ended.completed()).isFalse();
            assertThat(ended.endTime()).isEqualTo(started.startTime().plusSeconds(ended.actualSeconds()));
            Event endedEvent = events.await(SessionTopics.ENDED, started.id());
            assertThat(endedEvent.getProperty(SessionTopics.PROP_COMPLETED)).isEqualTo(false);
            assertThat(endedEvent.getProperty(SessionTopics.PROP_END_TIME)).isEqualTo(ended.endTime());
            assertRefused(sessions::end, ErrorKind.INVALID_SESSION, "no session is running");

            assertThat(sessions.active()).isEmpty();
            assertThat(sessions.get(started.id())).contains(ended);
            assertThat(sessions.history(null, null, 10, 0).items()).containsExactly(ended);
        }
    }

    @Test
    void aStrictSessionRefusesToEndAndSaysHowLongIsLeft() {
        sessions.start(new StartRequest(SessionType.FOCUS, 30, true, "exam prep"));

        assertRefused(sessions::end, ErrorKind.INVALID_SESSION, "left");
        assertThat(sessions.active()).hasValueSatisfying(s -> {
            assertThat(s.strict()).isTrue();
            assertThat(s.label()).isEqualTo("exam prep");
        });
    }

    @Test
    void ofTwentyConcurrentStartsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Session>> starts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                StartRequest request = StartRequest.of(SessionType.values()[i % 3], 10 + i);
                starts.add(pool.submit(() -> {
                    go.await();
                    return sessions.start(request);
                }));
            }
            go.countDown();
            List<Session> won = new ArrayList<>();
            int refused = 0;
            for (Future<Session> start : starts) {
                try {
                    won.add(start.get());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(FocusFlowException.class,
                            f -> assertThat(f.kind()).isEqualTo(ErrorKind.INVALID_SESSION));
                    refused++;
                }
            }
            assertThat(won).hasSize(1);
            assertThat(refused).isEqualTo(19);
            assertThat(sessions.active()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(won.get(0).id()));
            assertThat(sessions.history(null, null, 50, 0).total()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sessions are stamped with this wall clock while it is registered. */
    ServiceRegistration<Clock> register(MovableClock clock) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("focusflow.clock", "wall");
        return context.registerService(Clock.class, clock, props);
    }

    @Test
    void movingTheWallClockAnHourEitherWayChangesNothing() throws Exception {
        MovableClock clock = new MovableClock();
        ServiceRegistration<Clock> registration = register(clock);
        try {
            Instant before = clock.instant();
            Stopwatch stopwatch = Stopwatch.start();
            Session started = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
            assertThat(started.startTime()).isBetween(before.minusMillis(1), clock.instant());

            clock.move(Duration.ofHours(1));
            assertRunningAsIfNothingHappened(stopwatch);
            clock.move(Duration.ofHours(-2));
            assertRunningAsIfNothingHappened(stopwatch);

            Session ended = sessions.end();
            assertThat(ended.completed()).isFalse();
            assertThat(ended.actualSeconds()).isLessThanOrEqualTo(stopwatch.seconds());
            assertThat(ended.endTime()).isEqualTo(started.startTime().plusSeconds(ended.actualSeconds()));
        } finally {
            registration.unregister();
        }
    }

    /** The session counted no more than the test's own monotonic clock, whatever the wall clock did. */
    private void assertRunningAsIfNothingHappened(Stopwatch sinceStart) {
        Session running = sessions.active().orElseThrow();
        assertThat(running.actualSeconds()).isBetween(0L, sinceStart.seconds());
        assertThat(running.actualSeconds() + running.remainingSeconds()).isEqualTo(1500L);
    }

    @Test
    void historyPagesNewestFirstAndOverlapsStreamOldestFirst() {
        MovableClock clock = new MovableClock();
        ServiceRegistration<Clock> registration = register(clock);
        try {
            Instant first = clock.instant();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(sessions.start(StartRequest.of(SessionType.FOCUS, 1)).id());
                sessions.end();
                clock.move(Duration.ofMinutes(1));
            }

            assertThat(sessions.history(null, null, 2, 0).items()).extracting(Session::id).containsExactly(ids.get(4), ids.get(3));
            assertThat(sessions.history(null, null, 2, 4).items()).extracting(Session::id).containsExactly(ids.get(0));
            assertThat(sessions.history(null, null, 2, 4).total()).isEqualTo(5);
            assertThat(sessions.history(first.plusSeconds(30), null, 50, 0).total()).isEqualTo(4);
            List<String> overlapping = new ArrayList<>();
            sessions.forEachOverlapping(first.minusSeconds(1), clock.instant(), s -> overlapping.add(s.id()));
            assertThat(overlapping).containsExactlyElementsOf(ids);
        } finally {
            registration.unregister();
        }
    }

    private static void assertRefused(ThrowingCallable call, ErrorKind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FocusFlowException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
