package com.focusflow.blocking.internal.engage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.blocking.BlockingRequest;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.blocking.internal.list.BlockSets;

/**
 * The engage/disengage state machine, confined to the controller's thread: engaged while blocking is enabled
 * and a blocking session runs or a {@link BlockingRequest} is registered. Nothing is released until the
 * session state is known (a strict session may hold the block a restart found); a request engages even
 * before, since engaging more is always safe (a schedule's window must not wait for a session event that a
 * failed read of the session service would otherwise need).
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
    private final Map<BlockingRequest, BlockingReason> requests = new ConcurrentHashMap<>();
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

    /** A request appeared; its reason was read when it was bound. */
    void requested(BlockingRequest request, BlockingReason reason) {
        requests.put(request, reason);
        reconcile();
    }

    void released(BlockingRequest request) {
        if (requests.remove(request) != null) {
            reconcile();
        }
    }

    /** Why blocking is engaged: the session first, then the requests by name; empty when not engaged. */
    List<BlockingReason> reasons() {
        List<BlockingReason> reasons = new ArrayList<>();
        if (!engaged) {
            return reasons;
        }
        RunningSession running = session;
        if (running != null && running.blocks()) {
            reasons.add(running.reason());
        }
        requests.values().stream().sorted(Comparator.comparing(BlockingReason::name)).forEach(reasons::add);
        return reasons;
    }

    /** A strict request whose end has not come, if any. */
    BlockingReason strictRequest(Instant now) {
        return requests.values().stream().filter(r -> r.strict() && (r.until() == null || r.until().isAfter(now)))
                .findFirst().orElse(null);
    }

    /**
     * The latest end of what is strict now, for the helper's strict block: the strict session's end and
     * the end of every strict request (a strict schedule's window); null when nothing strict runs.
     */
    private Instant strictEnd(Instant now) {
        RunningSession running = session;
        Instant end = running == null ? null : running.strictUntil();
        for (BlockingReason request : requests.values()) {
            Instant until = request.until();
            if (request.strict() && until != null && until.isAfter(now) && (end == null || until.isAfter(end))) {
                end = until;
            }
        }
        return end;
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
        if (engaged) {
            blockers.engage(blocker, current);
        } else if (known) {
            blockers.disengage(blocker);
        }
    }

    private void reconcile() {
        boolean wanted = enabled.getAsBoolean() && (session != null && session.blocks() || !requests.isEmpty());
        if (!known && !wanted) {
            return; // a release waits until it is known that no session holds the block
        }
        if (wanted) {
            try {
                current = BlockSets.of(blockList.list()).strictUntil(strictEnd(Instant.now()));
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
