package com.focusflow.session.internal;

import java.nio.file.Path;

/** A real lifecycle on a temp database with fake time, for the tests of what sits on top of it. */
final class LiveSessions implements AutoCloseable {

    final FakeTime time = new FakeTime();
    final RecordingEvents events = new RecordingEvents();
    final TestDatabase db;
    final SessionStore store;
    final SessionLifecycle sessions;
    /** One sessions section over the store, as the session component has. */
    final SessionSection section;

    LiveSessions(Path dir) {
        this(TestDatabase.at(dir.resolve("focusflow.db")));
    }

    /** On {@code db}, migrated first: a new instance on the file of another is that one restarted. */
    LiveSessions(TestDatabase database) {
        db = database.migrated();
        store = db.store();
        sessions = new SessionLifecycle(store, time, time, time, events, SessionLifecycleTest.CHECKPOINTS);
        section = new SessionSection(store, events, time);
    }

    @Override
    public void close() {
        store.close();
    }
}
