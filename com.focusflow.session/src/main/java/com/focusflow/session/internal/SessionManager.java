package com.focusflow.session.internal;

import com.focusflow.support.clock.WallClock;
import com.focusflow.support.concurrent.OwnThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;


import javax.persistence.EntityManagerFactory;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.StartRequest;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.persistence.SchemaReady;

/**
 * The {@link SessionService}. It exists only while its tables are migrated (this bundle's {@link SchemaReady}
 * marker) and its JPA unit is open (the EntityManagerFactory service of Aries JPA); until then SCR reports it
 * unsatisfied and the API answers 503. Activation recovers a session left running. It is also the
 * {@code sessions} section of export and import ({@link SessionSection}).
 */
@Component(service = { SessionService.class, DataContributor.class }, configurationPid = SessionManager.PID)
@Designate(ocd = SessionConfig.class)
public final class SessionManager implements SessionService, DataContributor<Session> {

    static final String PID = "com.focusflow.session";
    static final String UNIT = "focusflow.session";
    static final String MODULE = "com.focusflow.session";

    private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);

    private final ScheduledExecutorService executor;
    private final Bundle bundle;
    private final WallClock wallClock = new WallClock();
    private final SessionLifecycle lifecycle;
    private final SessionSection syncSection;
    private volatile boolean stopped;
    /** Calls hold it shared; a stop takes it alone, so no call is cut in half (written, then refused). */
    private final ReadWriteLock calls = new ReentrantReadWriteLock();

    @Activate
    public SessionManager(BundleContext context, SessionConfig config,
            @Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory unit,
            @Reference(target = "(" + SchemaReady.SCHEMA_PROPERTY + "=" + MODULE + ")") SchemaReady schema,
            @Reference EventAdmin eventAdmin) {
        long t0 = System.nanoTime();
        bundle = context.getBundle();
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "FocusFlow sessions");
            thread.setDaemon(true);
            return thread;
        });
        // A session ended early cancels its end timer; without this the cancelled timer stayed queued (and
        // in memory) until its planned end (found by the reliability soak: one per session for 30 min).
        timers.setRemoveOnCancelPolicy(true);
        timers.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a stop drops the pending timers
        executor = timers;
        SessionStore store = new SessionStore(unit);
        SessionEvents events = new EventAdminEvents(eventAdmin);
        lifecycle = new SessionLifecycle(store, System::nanoTime, wallClock::instant, new ExecutorScheduler(executor), events,
                Duration.ofSeconds(Math.max(1, config.checkpointSeconds())));
        syncSection = new SessionSection(store, events, wallClock::instant);
        try {
            lifecycle.recover();
        } catch (RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        LOG.info("Sessions ready in {} ms (schema v{})", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                schema.version());
    }

    /** Checkpoints a running session and stops its timers; the EntityManagerFactory belongs to Aries JPA. */
    @Deactivate
    void deactivate() {
        calls.writeLock().lock(); // waits for the calls under way: each either completes or changes nothing
        try {
            stopped = true;
        } finally {
            calls.writeLock().unlock();
        }
        try {
            lifecycle.suspend();
        } finally {
            OwnThreads.stopOrWarn(executor, OwnThreads.PATIENCE, "The session timers' thread");
        }
    }

    @Reference(service = Clock.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(focusflow.clock=wall)")
    void bindClock(Clock clock) {
        wallClock.use(clock);
    }

    void unbindClock(Clock clock) {
        wallClock.release(clock);
    }

    @Override
    public Session start(StartRequest request) {
        return whileRunning(l -> l.start(request));
    }

    @Override
    public Session end() {
        return whileRunning(SessionLifecycle::end);
    }

    @Override
    public Optional<Session> active() {
        return whileRunning(SessionLifecycle::active);
    }

    @Override
    public Optional<Session> get(String id) {
        return whileRunning(l -> l.get(id));
    }

    @Override
    public Page<Session> history(Instant from, Instant to, int limit, int offset) {
        return whileRunning(l -> l.history(from, to, limit, offset));
    }

    @Override
    public void forEachOverlapping(Instant from, Instant to, Consumer<? super Session> action) {
        whileRunning(l -> {
            l.forEachOverlapping(from, to, action);
            return null;
        });
    }

    @Override
    public String section() {
        return SyncFormat.SESSIONS;
    }

    @Override
    public Class<Session> itemType() {
        return Session.class;
    }

    @Override
    public void export(Consumer<? super Session> sink) {
        syncSection.export(sink);
    }

    @Override
    public boolean exportPart(Instant from, Instant to, Consumer<? super Session> sink) {
        return syncSection.exportPart(from, to, sink);
    }

    @Override
    public ImportPlan prepareImport(List<Session> items) {
        return syncSection.prepareImport(items);
    }

    /**
     * Runs a call on the open sessions. Whatever fails while this component is being stopped (an update: the
     * JPA unit closes under the call) is UNAVAILABLE, so a client retries instead of seeing 500.
     */
    private <T> T whileRunning(Function<SessionLifecycle, T> call) {
        calls.readLock().lock();
        try {
            if (stopped) {
                throw FocusFlowException.unavailable("Sessions are restarting (an update); try again in a moment");
            }
            return call.apply(lifecycle);
        } catch (RuntimeException e) {
            // The bundle stopping: Aries JPA may close the unit before SCR stops this component.
            if (stopped || bundle.getState() != Bundle.ACTIVE) {
                LOG.debug("A session call failed while sessions restart (bundle state {})", bundle.getState(), e);
                throw FocusFlowException.unavailable("Sessions are restarting (an update); try again in a moment");
            }
            throw e;
        } finally {
            calls.readLock().unlock();
        }
    }
}
