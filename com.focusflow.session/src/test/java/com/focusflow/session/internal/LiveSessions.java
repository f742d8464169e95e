package com.focusflow.session.internal;

import java.nio.file.Path;

/** A real lifecycle on a temp database with fake time, for the tests of what sits on top of it. */
final class LiveSessions implements AutoCloseable {

    final FakeTime time = new FakeTime();
    final RecordingEvents events = new RecordingEvents();
    final SessionStore store;
    final SessionLifecycle sessions;

    LiveSessions(Path dir) {
        store = TestDatabase.at(dir.resolve("focusflow.db")).migrated().store();
        sessions = new SessionLifecycle(store, time, time, time, events, SessionLifecycleTest.CHECKPOINTS);
    }

    @Override
    public void close() {
        store.close();
    }
}
