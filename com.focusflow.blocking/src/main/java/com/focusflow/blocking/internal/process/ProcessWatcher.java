package com.focusflow.blocking.internal.process;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.health.HealthStatus;

/**
 * Closes blocked apps while engaged. Each tick lists the processes and reads only new ones; a blocked
 * app seen for the first time is warned about once, asked to exit after the grace period and forced one
 * second later, with its process tree. Everything runs on one thread ({@code thread}); the public methods
 * only hand work to it.
 */
public final class ProcessWatcher {

    /** What the watcher tells the rest of FocusFlow. */
    public interface Listener {
        /** A blocked app was seen and will be closed after {@code grace}. */
        void warned(ProcessInfo process, String blockedName, Duration grace);

        /** A blocked app was asked to exit (counted as a blocked attempt). */
        void closed(ProcessInfo process, String blockedName);
    }

    static final String NAME = "processes";
    static final Duration KILL_GRACE = Duration.ofSeconds(1);
    /** New processes are read again on this many ticks, to catch a launcher that exec()s the app. */
    private static final int RECHECKS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ProcessWatcher.class);

    private final Supplier<ProcessSource> sources;
    private final Protection protection;
    private final ScheduledExecutorService thread;
    private final ProcessTable table = new ProcessTable(RECHECKS);
    private final Closings closings;
    private ProcessSource source;
    private Duration interval;
    /** Set on the watcher's thread; read by {@link #health} from any thread. */
    private volatile ScheduledFuture<?> ticks;
    private volatile BlockerHealth health = BlockerHealth.up(NAME);

    public ProcessWatcher(Supplier<ProcessSource> sources, ScheduledExecutorService thread, Listener listener,
            Duration interval, Duration grace) {
        this(sources, Protection.forThisProcess(), thread, listener, interval, grace);
    }

    ProcessWatcher(Supplier<ProcessSource> sources, Protection protection, ScheduledExecutorService thread,
            Listener listener, Duration interval, Duration grace) {
        this(sources, protection, thread, listener, interval, grace, System::nanoTime);
    }

    /** @param nanoClock when grace periods start and end, as {@link System#nanoTime} */
    ProcessWatcher(Supplier<ProcessSource> sources, Protection protection, ScheduledExecutorService thread,
            Listener listener, Duration interval, Duration grace, LongSupplier nanoClock) {
        this.sources = sources;
        this.protection = protection;
        this.thread = thread;
        this.interval = interval;
        this.closings = new Closings(thread, protection, listener, grace, nanoClock);
    }

    /** Watches for {@code apps} (matching keys) from now on; an empty set stops watching. */
    public void engage(Set<String> apps) {
        Set<String> wanted = Set.copyOf(apps);
        thread.execute(() -> {
            closings.block(wanted);
            if (wanted.isEmpty()) {
                stop();
            } else if (ticks == null || ticks.isDone()) {
                ticks = thread.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                table.forEachKnown(p -> closings.consider(p, table));
            }
        });
    }

    public void disengage() {
        thread.execute(() -> {
            closings.block(Set.of());
            stop();
        });
    }

    /** New timing, in force from the next tick. */
    public void reconfigure(Duration newInterval, Duration newGrace) {
        thread.execute(() -> {
            boolean restart = ticks != null && !newInterval.equals(interval);
            interval = newInterval;
            closings.grace(newGrace);
            if (restart) {
                ticks.cancel(false);
                ticks = thread.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Processes are read through a newly created source from the next tick on. */
    public void sourceChanged() {
        thread.execute(() -> source = null);
    }

    /** Also DOWN when the ticks died: a scheduled task that throws is never run again. */
    public BlockerHealth health() {
        ScheduledFuture<?> running = ticks;
        if (running != null && running.isDone() && !running.isCancelled()) {
            return new BlockerHealth(NAME, HealthStatus.DOWN, "the process watcher stopped: " + failureOf(running));
        }
        return health;
    }

    private static String failureOf(ScheduledFuture<?> ticks) {
        try {
            ticks.get();
            return "it ended";
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (CancellationException e) {
            return "cancelled";
        }
    }

    /** One tick; package-private so that tests can drive it. */
    void tick() {
        try {
            if (source == null) {
                source = sources.get();
                closings.use(new Terminator(source, protection));
                LOG.info("Watching processes through {}", source.name());
            }
            List<ProcessInfo> fresh = table.refresh(source);
            forgetEnded();
            if (Thread.currentThread().isInterrupted()) {
                return; // stopping: reads failed half-way, so nothing read in this tick is judged
            }
            if (closings.forgetExited(table)) {
                // A warned app exited: children it left behind are judged on their own again.
                table.forEachKnown(p -> closings.consider(p, table));
            } else {
                fresh.forEach(p -> closings.consider(p, table));
            }
            closings.scanned(table);
            health = BlockerHealth.up(NAME);
        } catch (RuntimeException e) {
            LOG.warn("Process watcher tick failed", e);
            health = new BlockerHealth(NAME, HealthStatus.DEGRADED, "cannot list processes: " + e.getMessage());
        } catch (LinkageError | StackOverflowError e) {
            // would end the ticks silently (the executor keeps it in the future); say so, then let it end them
            LOG.error("Process watcher stopped; it starts again when blocking engages next", e);
            throw e;
        }
    }

    /**
     * A closed app whose parent does not reap it stays listed as a zombie; counted as running, its warning would pass
     * to the next start of that app, which would then be closed with no warning of its own.
     */
    private void forgetEnded() {
        for (long pid : closings.warnedPids()) {
            if (table.contains(pid) && source.ended(pid)) {
                table.forget(pid);
            }
        }
    }

    private void stop() {
        if (ticks != null) {
            ticks.cancel(false);
            ticks = null;
        }
        closings.clear();
        table.clear();
    }
}
