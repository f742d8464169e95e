package com.focusflow.blocking.internal.engage;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockingRequest;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.session.SessionService;
import com.focusflow.blocking.testing.RecordingEvents;

/** Creates a {@link BlockingController} for tests in other packages. */
public final class TestControllers {

    /** A controller and the way to stop it. */
    public record Handle(BlockingController controller) implements AutoCloseable {
        public BlockingService service() {
            return controller;
        }

        /** What SCR does when a blocker, a blocking request (a schedule's window) or the session service appears. */
        public void addBlocker(Blocker blocker) {
            controller.addBlocker(blocker);
        }

        public void addRequest(BlockingRequest request) {
            controller.addRequest(request);
        }

        public void bindSessions(SessionService sessions) {
            controller.bindSessions(sessions);
        }

        /** A session event as Event Admin delivers it. */
        public void handleEvent(org.osgi.service.event.Event event) {
            controller.handleEvent(event);
        }

        @Override
        public void close() {
            controller.deactivate();
        }
    }

    private TestControllers() {
    }

    public static Handle create(BlockListService list, BlockingSettings settings, RecordingEvents events) {
        return new Handle(new BlockingController(list, settings, events, com.focusflow.blocking.internal.strict.StrictSession.NONE));
    }
}
