package com.focusflow.blocking.internal.engage;

import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.blocking.internal.list.BlockSets;

/**
 * The engage/disengage state machine, confined to the controller's thread: engaged exactly while the
 * session state is known, a blocking session runs and blocking is enabled.
 */
final class Engagement {

    private static final Logger LOG = LoggerFactory.getLogger(Engagement.class);

    private final Blockers blockers;
    private final BlockListService blockList;
    private final BiConsumer<String, Map<String, ?>> events;
    private final BooleanSupplier enabled;
    private volatile boolean known;
    private volatile RunningSession session;
    private volatile boolean engaged;
    private BlockSet current = BlockSet.EMPTY;

    Engagement(Blockers blockers, BlockListService blockList, BooleanSupplier enabled,
            BiConsumer<String, Map<String, ?>> events) {
        this.blockers = blockers;
        this.blockList = blockList;
        this.enabled = enabled;
        this.events = events;
    }

    boolean engaged() {
        return engaged;
    }

    RunningSession runningSession() {
        return session;
    }

    /** The session now running (null for none), as learned from an event or the session service. */
    void session(RunningSession running) {
        known = true;
        session = running;
        reconcile();
    }

    /** The enabled flag changed. */
    void enabledChanged() {
        reconcile();
    }

    void blockListChanged() {
        if (engaged) {
            reconcile();
        }
    }

    /** A blocker appeared: engage it if engaged; otherwise let it remove a block a crash left behind. */
    void added(Blocker blocker) {
        if (!known) {
            return;
        }
        if (engaged) {
            blockers.engage(blocker, current);
        } else {
            blockers.disengage(blocker);
        }
    }

    private void reconcile() {
        if (!known) {
            return;
        }
        if (enabled.getAsBoolean() && session != null && session.blocks()) {
            try {
                current = BlockSets.of(blockList.list()).strictUntil(session.strictUntil());
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the block list; blocking what was blocked before: {}", e.getMessage());
            }
            blockers.all().forEach(b -> blockers.engage(b, current));
            if (!engaged) {
                engaged = true;
                LOG.info("Blocking engaged: {} website name(s), {} app(s)", current.websites().size(), current.apps().size());
                events.accept(BlockingTopics.ENGAGED, Map.of(BlockingTopics.PROP_TIME, Instant.now()));
            }
        } else {
            blockers.all().forEach(blockers::disengage);
            current = BlockSet.EMPTY;
            if (engaged) {
                engaged = false;
                LOG.info("Blocking disengaged");
                events.accept(BlockingTopics.DISENGAGED, Map.of(BlockingTopics.PROP_TIME, Instant.now()));
            }
        }
    }
}
