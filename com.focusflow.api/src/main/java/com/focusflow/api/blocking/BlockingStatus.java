package com.focusflow.api.blocking;

import java.util.List;
import java.util.Objects;

/**
 * The state of blocking, as in {@code GET /focusflow/api/v1/blocking}.
 *
 * @param enabled whether blocking is enabled (persisted setting)
 * @param engaged whether blockers are engaged now (blocking is enabled and a session runs or a
 *        {@link BlockingRequest} is registered)
 * @param blockers the health of each registered blocker, ordered by name
 * @param reasons why blocking is engaged: the running session and each open schedule; empty when not engaged
 */
public record BlockingStatus(boolean enabled, boolean engaged, List<BlockerHealth> blockers, List<BlockingReason> reasons) {
    /** Copies the lists. */
    public BlockingStatus {
        blockers = List.copyOf(Objects.requireNonNull(blockers, "blockers"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }

    /** A status without reasons (API 1.0). */
    public BlockingStatus(boolean enabled, boolean engaged, List<BlockerHealth> blockers) {
        this(enabled, engaged, blockers, List.of());
    }
}
