package com.focusflow.blocking.internal.engage;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.blocking.testing.RecordingEvents;

/** Creates a {@link BlockingController} for tests in other packages. */
public final class TestControllers {

    /** A controller and the way to stop it. */
    public record Handle(BlockingController controller) implements AutoCloseable {
        public BlockingService service() {
            return controller;
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
