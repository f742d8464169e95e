package com.focusflow.api.blocking;

import java.util.List;
import java.util.Objects;

/**
 * The state of blocking, as in {@code GET /focusflow/api/v1/blocking}.
 *
 * @param enabled whether blocking is enabled (persisted setting)
 * @param engaged whether blockers are engaged now (a session runs and blocking is enabled)
 * @param blockers the health of each registered blocker, ordered by name
 */
public record BlockingStatus(boolean enabled, boolean engaged, List<BlockerHealth> blockers) {
    /** Copies the list. */
    public BlockingStatus {
        blockers = List.copyOf(Objects.requireNonNull(blockers, "blockers"));
    }
}
