package com.focusflow.blocking.internal.engage;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.blocking.BlockingRequest;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.blocking.internal.strict.StrictSession;
import com.focusflow.support.concurrent.OwnThreads;

/**
 * Engages every {@link Blocker} while blocking is enabled and a blocking session runs or a
 * {@link BlockingRequest} (e.g. an open schedule window) is registered, and disengages them otherwise. The session state comes from {@link SessionTopics} events and, after a restart or an update
 * of this bundle, from {@link SessionService#active()}; until it is known nothing is touched, so an update
 * leaves the blocks in place. All blocker calls happen on this component's one thread.
 */
@Component(property = { EventConstants.EVENT_TOPIC + "=" + SessionTopics.STARTED,
        EventConstants.EVENT_TOPIC + "=" + SessionTopics.RESUMED, EventConstants.EVENT_TOPIC + "=" + SessionTopics.ENDED,
        EventConstants.EVENT_TOPIC + "=" + BlockingTopics.BLOCKLIST_CHANGED })
public final class BlockingController implements BlockingService, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BlockingController.class);

    private final BlockListService blockList;
    private final BlockingSettings settings;
    private final EventAdmin events;
    private final Blockers blockers = new Blockers();
    private final ExecutorService thread;
    private final Engagement engagement;
    private final StrictSession strict;
    private volatile boolean enabled = true; // until the stored value is read, on the controller's thread

    @Activate
    public BlockingController(@Reference BlockListService blockList, @Reference BlockingSettings settings,
            @Reference EventAdmin events, @Reference StrictSession strict) {
        this(blockList, settings, events, strict, Executors.newSingleThreadExecutor(r -> new Thread(r, "FocusFlow blocking")));
    }

    /** With the controller's one thread given, so a test can wait until it has done what it was handed. */
    BlockingController(BlockListService blockList, BlockingSettings settings, EventAdmin events, StrictSession strict,
            ExecutorService thread) {
        this.thread = thread;
        this.strict = strict;
        this.blockList = blockList;
        this.settings = settings;
        this.events = events;
        this.engagement = new Engagement(blockers, blockList, () -> enabled, this::post);
        thread.execute(() -> {
            try {
                enabled = settings.enabled();
            } catch (RuntimeException e) {
                LOG.warn("Cannot read whether blocking is enabled; it stays enabled: {}", e.getMessage());
            }
        });
    }

    @Deactivate
    void deactivate() {
        OwnThreads.stopOrWarn(thread, OwnThreads.PATIENCE, "The blocking controller's thread");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addBlocker(Blocker blocker) {
        blockers.add(blocker);
        thread.execute(() -> engagement.added(blocker));
    }

    void removeBlocker(Blocker blocker) {
        // Not disengaged: a blocker keeps its block across an update of its bundle and removes it itself
        // when its bundle stops for good.
        blockers.remove(blocker);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRequest(BlockingRequest request) {
        BlockingReason reason = request.reason();
        onThread(() -> engagement.requested(request, reason));
    }

    void removeRequest(BlockingRequest request) {
        onThread(() -> engagement.released(request));
    }

    /** Hands a request change to the controller's thread; once deactivated (SCR unbinds last) there is none. */
    private void onThread(Runnable change) {
        try {
            thread.execute(change);
        } catch (RejectedExecutionException deactivated) {
            // the controller is gone; its successor reads the requests when it binds them
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSessions(SessionService sessions) {
        thread.execute(() -> {
            try {
                engagement.session(sessions.active().map(s -> RunningSession.of(s, Instant.now())).orElse(null));
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the running session; blocking waits for the next session event: {}", e.getMessage());
            }
        });
    }

    void unbindSessions(SessionService sessions) {
        // The last known session state stays; events keep it current.
    }

    @Override
    public void handleEvent(Event event) {
        String topic = event.getTopic();
        if (topic.equals(BlockingTopics.BLOCKLIST_CHANGED)) {
            thread.execute(engagement::blockListChanged);
            return;
        }
        RunningSession session = topic.equals(SessionTopics.ENDED) ? null : RunningSession.of(event, Instant.now());
        thread.execute(() -> engagement.session(session));
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public synchronized BlockingStatus setEnabled(boolean on) {
        if (!on) {
            strict.refuseDuring("Turning blocking off");
            RunningSession session = engagement.runningSession();
            if (session != null && session.strict() && engagement.engaged()) {
                // the session service was not reachable, but the session's events said strict
                throw FocusFlowException.invalidSession("Turning blocking off is not possible during a strict "
                        + "session; %d s left", session.secondsLeft(Instant.now()));
            }
        }
        BlockingReason strict = engagement.strictRequest(Instant.now());
        if (!on && strict != null && engagement.engaged()) {
            throw FocusFlowException.invalidSession("Blocking cannot be turned off while the strict %s '%s' is open; "
                    + "it ends at %s", strict.source(), strict.name(), strict.until());
        }
        // On the controller's thread: after the stored value was read, in order with session events.
        await(thread.submit(() -> {
            if (enabled != on) {
                settings.setEnabled(on);
                enabled = on;
                post(BlockingTopics.ENABLED_CHANGED,
                        Map.of(BlockingTopics.PROP_ENABLED, on, BlockingTopics.PROP_TIME, Instant.now()));
            }
            engagement.enabledChanged();
        }));
        return status();
    }

    @Override
    public BlockingStatus status() {
        return new BlockingStatus(enabled, engagement.engaged(), blockers.health(), engagement.reasons());
    }

    private void post(String topic, Map<String, ?> properties) {
        events.postEvent(new Event(topic, properties));
    }

    private static void await(java.util.concurrent.Future<?> done) {
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FocusFlowException failure) {
                throw failure;
            }
            throw new IllegalStateException("Changing the blocking setting failed", e.getCause());
        } catch (TimeoutException e) {
            LOG.warn("Blockers did not follow the new setting within 10 s; they will shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
