package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/** The lifecycle on a real SQLite file through the real JPA unit, with time under the test's control. */
class SessionLifecycleTest {

    static final Duration CHECKPOINTS = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    TestDatabase db;
    FakeTime time = new FakeTime();
    RecordingEvents events = new RecordingEvents();
    List<SessionStore> stores = new ArrayList<>();
    SessionLifecycle sessions;

    @BeforeEach
    void open() {
        db = TestDatabase.at(dir.resolve("focusflow.db")).migrated();
        sessions = newLifecycle();
    }

    @AfterEach
    void close() {
        stores.forEach(SessionStore::close);
    }

    /** Another run of the app on the same database file: a new store, the same clocks. */
    SessionLifecycle newLifecycle() {
        SessionStore store = db.store();
        stores.add(store);
        return new SessionLifecycle(store, time, time, time, events, CHECKPOINTS);
    }

    @Test
    void startRunsOneSessionAndPostsStarted() {
        Instant now = time.get();
        Session s = sessions.start(new StartRequest(SessionType.FOCUS, 25, false, "  write the report "));

        assertThat(s.active()).isTrue();
        assertThat(s.startTime()).isEqualTo(now);
        assertThat(s.actualSeconds()).isZero();
        assertThat(s.remainingSeconds()).isEqualTo(1500);
        assertThat(s.completed()).isFalse();
        assertThat(s.label()).isEqualTo("write the report");
        assertThat(sessions.active()).contains(s);
        assertThat(sessions.get(s.id())).contains(s);
        assertThat(events.topics()).containsExactly("STARTED");
    }

    @Test
    void aSecondStartIsRefusedNamingTheRunningSession() {
        Session running = sessions.start(StartRequest.of(SessionType.FOCUS, 25));

        assertRefused(() -> sessions.start(StartRequest.of(SessionType.BREAK, 5)), ErrorKind.INVALID_SESSION,
                running.id().substring(0, 8));
        assertThat(sessions.history(null, null, 10, 0).total()).isEqualTo(1);
        assertThat(events.topics()).containsExactly("STARTED");
    }

    @Test
    void endWithNothingRunningIsRefused() {
        assertRefused(sessions::end, ErrorKind.INVALID_SESSION, "no session is running");
        assertThat(events.events).isEmpty();
    }

    @Test
    void badStartRequestsChangeNothing() {
        assertRefused(() -> sessions.start(StartRequest.of(SessionType.FOCUS, 0)), ErrorKind.INVALID_INPUT, "1..720, was 0");
        assertRefused(() -> sessions.start(StartRequest.of(SessionType.FOCUS, 721)), ErrorKind.INVALID_INPUT, "was 721");
        assertRefused(() -> sessions.start(StartRequest.of(null, 25)), ErrorKind.INVALID_INPUT, "type is required");
        assertRefused(() -> sessions.start(null), ErrorKind.INVALID_INPUT, "start request is required");
        assertRefused(() -> sessions.start(new StartRequest(SessionType.FOCUS, 25, false, "x".repeat(101))),
                ErrorKind.INVALID_INPUT, "label");
        assertRefused(() -> sessions.start(new StartRequest(SessionType.FOCUS, 25, false, "two\nlines")),
                ErrorKind.INVALID_INPUT, "control characters");

        assertThat(sessions.active()).isEmpty();
        assertThat(sessions.history(null, null, 10, 0).total()).isZero();
        assertThat(events.events).isEmpty();
    }

    @Test
    void endingEarlyRecordsTheElapsedTimeNotCompleted() {
        Session started = sessions.start(StartRequest.of(SessionType.CUSTOM, 25));
        time.advance(Duration.ofSeconds(630).plusMillis(700));

        Session ended = sessions.end();

        assertThat(ended.actualSeconds()).isEqualTo(630);
        assertThat(ended.completed()).isFalse();
        assertThat(ended.remainingSeconds()).isNull();
        assertThat(ended.endTime()).isEqualTo(started.startTime().plusSeconds(630));
        assertThat(sessions.active()).isEmpty();
        assertThat(sessions.get(started.id())).contains(ended);
        assertThat(events.topics()).containsExactly("STARTED", "ENDED");
        assertThat(time.pendingTimers()).isZero();
    }

    @Test
    void aSessionEndsByItselfWhenItsTimeIsUp() {
        Session started = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        time.advance(Duration.ofMinutes(25).minusMillis(1));
        assertThat(sessions.active()).isPresent();

        time.advance(Duration.ofMillis(1));

        assertThat(sessions.active()).isEmpty();
        Session ended = sessions.get(started.id()).orElseThrow();
        assertThat(ended.completed()).isTrue();
        assertThat(ended.actualSeconds()).isEqualTo(1500);
        assertThat(ended.endTime()).isEqualTo(started.startTime().plusSeconds(1500));
        assertThat(events.last().topic()).isEqualTo("ENDED");
        assertThat(events.last().session()).isEqualTo(ended);
        assertThat(time.pendingTimers()).isZero();
    }

    @Test
    void aStrictSessionCannotBeEndedEarlyAndSaysHowLongIsLeft() {
        sessions.start(new StartRequest(SessionType.FOCUS, 25, true, null));
        time.advance(Duration.ofMinutes(5).plusSeconds(10));

        assertRefused(sessions::end, ErrorKind.INVALID_SESSION, "19 min 50 s left");
        assertThat(sessions.active()).isPresent();

        time.advance(Duration.ofMinutes(20));
        assertThat(sessions.active()).isEmpty();
        assertThat(events.last().session().completed()).isTrue();
    }

    @Test
    void movingTheWallClockAnHourEitherWayChangesNothing() {
        Session started = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        time.advance(Duration.ofMinutes(5));

        time.moveWallClock(Duration.ofHours(1));
        assertThat(sessions.active()).hasValueSatisfying(s -> {
            assertThat(s.actualSeconds()).isEqualTo(300);
            assertThat(s.remainingSeconds()).isEqualTo(1200);
        });
        time.moveWallClock(Duration.ofHours(-2));
        assertThat(sessions.active()).hasValueSatisfying(s -> assertThat(s.remainingSeconds()).isEqualTo(1200));

        time.advance(Duration.ofMinutes(20).minusSeconds(1));
        assertThat(sessions.active()).isPresent();
        time.advance(Duration.ofSeconds(1));
        Session ended = sessions.get(started.id()).orElseThrow();
        assertThat(ended.completed()).isTrue();
        assertThat(ended.actualSeconds()).isEqualTo(1500);
        assertThat(ended.endTime()).isEqualTo(started.startTime().plusSeconds(1500));
    }

    @Test
    void theElapsedTimeIsSavedEveryCheckpoint() {
        Session s = sessions.start(StartRequest.of(SessionType.FOCUS, 25));

        time.advance(Duration.ofSeconds(47));

        assertThat(savedElapsed(s.id())).isEqualTo(45);
    }

    @Test
    void afterACrashTheSessionResumesWithTheTimeLastSaved() {
        Session s = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        time.advance(Duration.ofSeconds(100));
        // crash: no suspend, the last checkpoint (90 s) is all there is

        Session resumed = newLifecycle().recover().orElseThrow();

        assertThat(resumed.id()).isEqualTo(s.id());
        assertThat(resumed.actualSeconds()).isEqualTo(90);
        assertThat(resumed.remainingSeconds()).isEqualTo(1410);
        assertThat(events.last().topic()).isEqualTo("RESUMED");
        assertThat(events.last().session()).isEqualTo(resumed);
    }

    @Test
    void afterACleanStopTheSessionResumesWithItsExactTimeAndEndsOnTime() {
        Session s = sessions.start(new StartRequest(SessionType.FOCUS, 25, true, "deep work"));
        time.advance(Duration.ofSeconds(100));
        sessions.suspend();
        assertThat(time.pendingTimers()).isZero();
        // A suspended lifecycle does not claim that no session runs: blocking would lift the block.
        assertRefused(sessions::active, ErrorKind.IO, "restarting");
        assertRefused(sessions::end, ErrorKind.IO, "restarting");

        SessionLifecycle next = newLifecycle();
        Session resumed = next.recover().orElseThrow();
        assertThat(resumed.actualSeconds()).isEqualTo(100);
        assertThat(resumed.strict()).isTrue();
        assertThat(resumed.label()).isEqualTo("deep work");
        assertRefused(next::end, ErrorKind.INVALID_SESSION, "strict");

        time.advance(Duration.ofSeconds(1400));
        Session ended = next.get(s.id()).orElseThrow();
        assertThat(ended.completed()).isTrue();
        assertThat(ended.actualSeconds()).isEqualTo(1500);
    }

    @Test
    void aSimulatedCrashRowIsResumed() throws Exception {
        db.execute("INSERT INTO sessions (id, start_time, end_time, planned_duration_minutes, actual_duration_seconds, "
                + "session_type, completed, strict, label, checkpoint_time) VALUES ('crashed', "
                + Instant.parse("2026-03-01T08:00:00Z").toEpochMilli() + ", NULL, 30, 600, 'focus', 0, 1, NULL, NULL)");

        Session resumed = sessions.recover().orElseThrow();

        assertThat(resumed.id()).isEqualTo("crashed");
        assertThat(resumed.strict()).isTrue();
        assertThat(resumed.remainingSeconds()).isEqualTo(1200);
        assertThat(sessions.active()).contains(resumed);
        assertThat(events.topics()).containsExactly("RESUMED");
    }

    @Test
    void aSessionWhosePlannedTimeWasUsedUpIsClosedAsCompletedAtRecovery() throws Exception {
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        db.execute("INSERT INTO sessions (id, start_time, planned_duration_minutes, actual_duration_seconds, session_type) "
                + "VALUES ('done', " + start.toEpochMilli() + ", 25, 1500, 'focus')");

        assertThat(sessions.recover()).isEmpty();

        Session closed = sessions.get("done").orElseThrow();
        assertThat(closed.completed()).isTrue();
        assertThat(closed.actualSeconds()).isEqualTo(1500);
        assertThat(closed.endTime()).isEqualTo(start.plusSeconds(1500));
        assertThat(sessions.active()).isEmpty();
        assertThat(events.topics()).containsExactly("ENDED");
    }

    @Test
    void ofTwentyConcurrentStartsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Session>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Session> start = () -> {
                    go.await();
                    return sessions.start(StartRequest.of(SessionType.FOCUS, 25));
                };
                results.add(pool.submit(start));
            }
            go.countDown();
            int won = 0;
            int refused = 0;
            for (Future<Session> result : results) {
                try {
                    result.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(FocusFlowException.class,
                            f -> assertThat(f.kind()).isEqualTo(ErrorKind.INVALID_SESSION));
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(19);
            assertThat(sessions.history(null, null, 50, 0).total()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void historyIsNewestFirstInPagesWithHalfOpenBounds() {
        List<Session> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(sessions.start(StartRequest.of(SessionType.FOCUS, 1)));
            time.advance(Duration.ofMinutes(2));
        }
        Session running = sessions.start(StartRequest.of(SessionType.BREAK, 5));
        time.advance(Duration.ofSeconds(30));

        Page<Session> first = sessions.history(null, null, 3, 0);
        assertThat(first.total()).isEqualTo(8);
        assertThat(first.items()).extracting(Session::id).containsExactly(running.id(), made.get(6).id(), made.get(5).id());
        assertThat(first.items().get(0).actualSeconds()).isEqualTo(30);
        assertThat(first.hasMore()).isTrue();
        assertThat(sessions.history(null, null, 3, 6).items()).extracting(Session::id)
                .containsExactly(made.get(1).id(), made.get(0).id());

        Page<Session> window = sessions.history(made.get(2).startTime(), made.get(5).startTime(), 50, 0);
        assertThat(window.items()).extracting(Session::id).containsExactly(made.get(4).id(), made.get(3).id(), made.get(2).id());
        assertThat(window.total()).isEqualTo(3);
    }

    @Test
    void badHistoryRequestsAreInvalidInput() {
        Instant now = time.get();
        assertRefused(() -> sessions.history(null, null, 0, 0), ErrorKind.INVALID_INPUT, "limit");
        assertRefused(() -> sessions.history(null, null, 501, 0), ErrorKind.INVALID_INPUT, "limit");
        assertRefused(() -> sessions.history(null, null, 10, -1), ErrorKind.INVALID_INPUT, "offset");
        assertRefused(() -> sessions.history(now, now.minusSeconds(1), 10, 0), ErrorKind.INVALID_INPUT, "after");
        assertRefused(() -> sessions.forEachOverlapping(null, now, s -> { }), ErrorKind.INVALID_INPUT, "required");
    }

    @Test
    void overlappingSessionsStreamOldestFirstIncludingTheRunningOne() {
        Session before = sessions.start(StartRequest.of(SessionType.FOCUS, 10));
        time.advance(Duration.ofMinutes(10));                 // ends exactly at `from`: no overlap
        Instant from = time.get();
        Session across = sessions.start(StartRequest.of(SessionType.FOCUS, 30));
        time.moveWallClock(Duration.ofMinutes(-5));           // it started 5 min "before" from, per the wall clock
        time.advance(Duration.ofMinutes(30));
        Session inside = sessions.start(StartRequest.of(SessionType.BREAK, 5));
        time.advance(Duration.ofMinutes(5));
        Session running = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        time.advance(Duration.ofMinutes(1));

        List<String> seen = new ArrayList<>();
        sessions.forEachOverlapping(from, time.get().plusSeconds(3600), s -> seen.add(s.id()));

        assertThat(seen).containsExactly(across.id(), inside.id(), running.id());
        assertThat(seen).doesNotContain(before.id());
    }

    @Test
    void overlapScanReadsInChunksBeyondOneChunk() throws Exception {
        long base = Instant.parse("2016-01-01T00:00:00Z").toEpochMilli();
        StringBuilder insert = new StringBuilder("INSERT INTO sessions (id, start_time, end_time, planned_duration_minutes, "
                + "actual_duration_seconds, session_type, completed) VALUES ");
        int n = SessionLifecycle.SCAN_CHUNK * 2 + 17;
        for (int i = 0; i < n; i++) {
            long start = base + i * 3_600_000L;
            insert.append(i == 0 ? "" : ",").append("('s").append(String.format("%05d", i)).append("',").append(start)
                    .append(',').append(start + 1_500_000).append(",25,1500,'focus',1)");
        }
        db.execute(insert.toString());

        List<Session> seen = new ArrayList<>();
        sessions.forEachOverlapping(Instant.ofEpochMilli(base), Instant.ofEpochMilli(base + n * 3_600_000L), seen::add);

        assertThat(seen).hasSize(n);
        assertThat(seen).isSortedAccordingTo((a, b) -> a.startTime().compareTo(b.startTime()));
    }

    @Test
    void aDatabaseFailureChangesNothing() {
        stores.get(0).close();

        assertRefused(() -> sessions.start(StartRequest.of(SessionType.FOCUS, 25)), ErrorKind.DATABASE, "session database");
        assertThat(sessions.active()).isEmpty();
        assertThat(events.events).isEmpty();
        assertThat(time.pendingTimers()).isZero();
    }

    @Test
    void getOfUnknownOrNullIdIsEmpty() {
        assertThat(sessions.get("nope")).isEmpty();
        assertThat(sessions.get(null)).isEmpty();
    }

    private long savedElapsed(String id) {
        SessionStore fresh = db.store();
        try {
            return fresh.find(id).orElseThrow().actualSeconds();
        } finally {
            fresh.close();
        }
    }

    private static void assertRefused(ThrowingCallable call, ErrorKind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FocusFlowException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
