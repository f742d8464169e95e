package com.focusflow.session.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

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
import org.osgi.service.jpa.EntityManagerFactoryBuilder;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.StartRequest;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.MigrationReport;
import com.focusflow.persistence.MigrationScripts;
import com.focusflow.persistence.SchemaMigrator;
import com.focusflow.persistence.jpa.JpaProperties;

/**
 * The {@link SessionService}. Activation only starts a thread that migrates the tables, opens the JPA unit
 * and recovers a session left running, so the database costs nothing on the framework's start path; calls
 * that come earlier wait for it. It is also the {@code sessions} section of export and import
 * ({@link SessionSection}).
 */
@Component(service = { SessionService.class, HealthContributor.class, DataContributor.class },
        configurationPid = SessionManager.PID)
@Designate(ocd = SessionConfig.class)
public final class SessionManager implements SessionService, HealthContributor, DataContributor<Session> {

    static final String PID = "com.focusflow.session";
    static final String UNIT = "focusflow.session";
    static final String MODULE = "com.focusflow.session";
    static final String HEALTH_NAME = "sessions";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);

    private final ScheduledExecutorService executor;
    private final Bundle bundle;
    private final WallClock wallClock = new WallClock();
    private final CompletableFuture<SessionLifecycle> ready;
    private volatile SessionStore store;
    private volatile boolean stopped;
    private volatile SessionSection syncSection;

    @Activate
    public SessionManager(BundleContext context, SessionConfig config,
            @Reference(target = FocusFlowDatabase.TARGET) DataSource database,
            @Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactoryBuilder jpa,
            @Reference EventAdmin eventAdmin) {
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
        Duration checkpoints = Duration.ofSeconds(Math.max(1, config.checkpointSeconds()));
        ready = CompletableFuture.supplyAsync(
                () -> open(context, database, jpa, new EventAdminEvents(eventAdmin), checkpoints), executor);
        ready.exceptionally(e -> {
            if (stopped) { // stopped while opening: the unit closed under it, nothing is wrong
                LOG.debug("Opening the session database ended with the stop", e);
            } else {
                LOG.error("The session database could not be opened; sessions are unavailable", e);
            }
            return null;
        });
    }

    private SessionLifecycle open(BundleContext context, DataSource database, EntityManagerFactoryBuilder jpa,
            SessionEvents events, Duration checkpoints) {
        long t0 = System.nanoTime();
        MigrationReport migration = new SchemaMigrator(MODULE,
                MigrationScripts.fromBundle(context.getBundle(), MigrationScripts.DEFAULT_FOLDER)).migrate(database);
        long t1 = System.nanoTime();
        store = new SessionStore(jpa.createEntityManagerFactory(JpaProperties.forDataSource(database)));
        if (stopped) { // deactivated while the database was opening: nobody will close it but us
            closeStore();
            throw new IllegalStateException("sessions stopped while the database was opening");
        }
        SessionLifecycle lifecycle;
        long t2;
        try {
            lifecycle = new SessionLifecycle(store, System::nanoTime, wallClock, new ExecutorScheduler(executor), events,
                    checkpoints);
            t2 = System.nanoTime();
            syncSection = new SessionSection(store, events, wallClock);
            lifecycle.recover();
        } catch (RuntimeException e) {
            closeStore(); // an unclosed factory would outlive this bundle revision
            throw e;
        }
        long t3 = System.nanoTime();
        LOG.info("Sessions ready in {} ms: database open and migrations {} ms (schema v{}{}), JPA unit {} ms, recovery {} ms",
                ms(t3 - t0), ms(t1 - t0), migration.toVersion(),
                migration.upToDate() ? ", up to date" : ", applied " + migration.applied(), ms(t2 - t1), ms(t3 - t2));
        return lifecycle;
    }

    /**
     * Never waits for the database: SCR calls this on its own thread (an update, a stop), and a database
     * still opening is abandoned, not awaited.
     */
    @Deactivate
    void deactivate() {
        stopped = true;
        try {
            SessionLifecycle lifecycle = ready.getNow(null);
            if (lifecycle != null) {
                lifecycle.suspend();
            } else {
                LOG.info("Sessions stopped before the database was ready");
            }
        } catch (RuntimeException failedToOpen) {
            LOG.debug("Sessions stopped; the database had not opened", failedToOpen);
        } finally {
            // No interrupt: a thread interrupted inside EclipseLink's set-up could leave a factory that nobody
            // closes; an open still under way finishes, sees "stopped" and closes its own store.
            executor.shutdown();
            closeStore();
        }
    }

    private synchronized void closeStore() {
        SessionStore s = store;
        store = null;
        if (s != null) {
            s.close();
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
        lifecycle();
        syncSection.export(sink);
    }

    @Override
    public boolean exportPart(Instant from, Instant to, Consumer<? super Session> sink) {
        lifecycle();
        return syncSection.exportPart(from, to, sink);
    }

    @Override
    public ImportPlan prepareImport(List<Session> items) {
        lifecycle();
        return syncSection.prepareImport(items);
    }

    @Override
    public List<HealthItem> health() {
        if (ready.isCompletedExceptionally()) {
            return List.of(new HealthItem(HEALTH_NAME, HealthStatus.DOWN, "the session database could not be opened: "
                    + failure().getMessage() + " (details in the log)"));
        }
        if (!ready.isDone()) {
            return List.of(new HealthItem(HEALTH_NAME, HealthStatus.STARTING, "the session database is opening"));
        }
        return List.of(HealthItem.up(HEALTH_NAME));
    }

    /**
     * Runs a call on the open sessions. Whatever fails while this component is being stopped (an update: the
     * database and JPA unit close under the call) is UNAVAILABLE, so a client retries instead of seeing 500.
     */
    private <T> T whileRunning(Function<SessionLifecycle, T> call) {
        try {
            return call.apply(lifecycle());
        } catch (RuntimeException e) {
            // The bundle stopping: Aries JPA may close the unit before SCR stops this component.
            if (stopped || bundle.getState() != Bundle.ACTIVE) {
                throw FocusFlowException.unavailable("Sessions are restarting (an update); try again in a moment");
            }
            throw e;
        }
    }

    private SessionLifecycle lifecycle() {
        try {
            return ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FocusFlowException.database(e, "Interrupted while the session database was opening");
        } catch (TimeoutException e) {
            throw FocusFlowException.unavailable("The session database is still opening; try again in a moment");
        } catch (ExecutionException e) {
            Throwable cause = failure();
            throw cause instanceof FocusFlowException ffe ? ffe
                    : FocusFlowException.database(cause, "The session database could not be opened: %s", cause.getMessage());
        }
    }

    private Throwable failure() {
        try {
            ready.join();
            return new IllegalStateException("no failure");
        } catch (CompletionException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
