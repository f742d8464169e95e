package com.focusflow.blocking.internal.hosts;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.hosts.HostNames;
import com.focusflow.hosts.HostsException;
import com.focusflow.hosts.HostsFile;

/**
 * The direct route: keeps FocusFlow's block in one hosts file that FocusFlow may write itself: writes it,
 * checks it on every {@link #check()} and puts it back if it was edited away, and removes it on disengage.
 * Nothing is written while disengaged unless a FocusFlow block is found there (left by a crash). Plain
 * object: {@link HostsRouter} owns the thread and the configuration.
 */
final class HostsGuard {

    static final String NAME = "hosts";
    /**
     * A full content comparison this often even if the file's stamp did not change; on every check where the
     * file system keeps no change time (Windows), since only that time betrays a same-size edit whose
     * modification time was put back.
     */
    private static final int FULL_CHECK_EVERY = 15;

    private static final Logger LOG = LoggerFactory.getLogger(HostsGuard.class);

    private final HostsFile file;
    private final Runnable flush;
    private final Executor background;
    private final Runnable onTamper;
    private List<String> names; // null while disengaged
    private HostsFile.Stamp written;
    private int checks;
    private volatile BlockerHealth health = BlockerHealth.up(NAME);

    /**
     * @param flush run on {@code background} after each change (the DNS cache flush), or null for none
     */
    HostsGuard(HostsFile file, Runnable flush, Executor background, Runnable onTamper) {
        this.file = file;
        this.flush = flush;
        this.background = background;
        this.onTamper = onTamper;
    }

    HostsFile file() {
        return file;
    }

    synchronized void engage(BlockSet set) {
        names = set.websites();
        try {
            changed(file.apply(names));
            health = up();
        } catch (HostsException e) {
            FocusFlowException failure = HostsErrors.of(e, file.path());
            health = new BlockerHealth(NAME, HealthStatus.DEGRADED, failure.getMessage());
            throw failure;
        }
    }

    synchronized void disengage() {
        List<String> wrote = names == null ? List.of() : names;
        names = null;
        try {
            changed(file.remove(wrote));
            health = up();
        } catch (HostsException e) {
            String message = HostsErrors.of(e, file.path()).getMessage();
            LOG.warn("Could not remove FocusFlow's block from {}: {}", file.path(), message);
            health = new BlockerHealth(NAME, HealthStatus.DEGRADED, message);
        }
    }

    /** Puts the block back if it is not exactly in place; called on the blocker's own thread. */
    synchronized void check() {
        if (names == null) {
            return;
        }
        HostsFile.Stamp stamp = file.stamp();
        boolean failing = health.health() != HealthStatus.UP; // retried on every check until it works
        boolean stampTells = stamp.changedMillis() >= 0;
        if (!failing && stampTells && stamp.equals(written) && ++checks % FULL_CHECK_EVERY != 0) {
            return;
        }
        try {
            if (file.apply(names)) {
                changed(true);
                if (!failing) {
                    LOG.warn("FocusFlow's block was changed or removed in {}; it has been put back", file.path());
                    onTamper.run();
                } else {
                    // the block was missing because writing it failed, not because someone removed it
                    LOG.info("FocusFlow's block is in place in {} again", file.path());
                }
            } else {
                written = stamp;
            }
            health = up();
        } catch (HostsException e) {
            String message = HostsErrors.of(e, file.path()).getMessage();
            if (health.health() == HealthStatus.UP) {
                LOG.warn("Cannot keep the block in {}: {}", file.path(), message);
            }
            health = new BlockerHealth(NAME, HealthStatus.DEGRADED, message);
        }
    }

    BlockerHealth health() {
        return health;
    }

    /** Healthy; noting the lines of others FocusFlow found inside its markers and kept (issue 19 point 9). */
    private BlockerHealth up() {
        List<String> kept = file.keptLines();
        if (kept.isEmpty()) {
            return BlockerHealth.up(NAME);
        }
        String shown = HostNames.sanitize(String.join(" | ", kept.subList(0, Math.min(3, kept.size()))));
        return new BlockerHealth(NAME, HealthStatus.UP, "kept " + kept.size() + " line(s) FocusFlow did not write "
                + "from inside its markers in " + file.path() + ", now outside its block: "
                + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown) + (kept.size() > 3 ? " | ..." : ""));
    }

    boolean engaged() {
        synchronized (this) {
            return names != null;
        }
    }

    private void changed(boolean changed) {
        written = file.stamp();
        if (changed && flush != null) {
            try {
                background.execute(flush);
            } catch (RejectedExecutionException e) {
                // the blocker is stopping: the next resolver cache expiry applies the change
                LOG.debug("DNS flush skipped: the hosts blocker is stopping");
            }
        }
    }
}
