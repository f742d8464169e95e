package com.focusflow.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.support.concurrent.OwnThreads;

/**
 * Whether the database can be written right now, for health: a write lock taken and given back at once
 * ({@code BEGIN IMMEDIATE; ROLLBACK}, nothing written), and enough free space on its file system. Runs in
 * the background at most every {@link #EVERY_NANOS}, so that asking costs nothing and never blocks.
 */
final class WriteProbe {

    /** Below this, the file system is reported as (nearly) full. */
    static final long MIN_FREE_BYTES = 8L * 1024 * 1024;
    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How long the probe waits for another writer: longer than any of FocusFlow's own writes. */
    private static final int PROBE_BUSY_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(WriteProbe.class);
    /** How long closing waits for a probe under way: longer than the probe waits for the lock. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(5);

    private final DataSource pool;
    private final Path file;
    private final int busyTimeoutMillis;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "FocusFlow database probe");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long lastRun = System.nanoTime() - EVERY_NANOS;
    private volatile String problem;

    WriteProbe(DataSource pool, Path file, int busyTimeoutMillis) {
        this.pool = pool;
        this.file = file;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    /** The last problem found, or null; starts a new probe in the background if the last one is old. */
    String problem() {
        if (System.nanoTime() - lastRun >= EVERY_NANOS && running.compareAndSet(false, true)) {
            thread.execute(this::probe);
        }
        return problem;
    }

    /** Waits for a probe under way, which holds a connection of the pool that closes next. */
    void close() {
        OwnThreads.stopOrWarn(thread, STOP_PATIENCE, "The database probe");
    }

    private void probe() {
        try {
            String found = freeSpaceProblem();
            if (found == null) {
                found = lockProblem();
            }
            if (found != null && !found.equals(problem)) {
                LOG.warn("Database {}: {}", file, found);
            } else if (found == null && problem != null) {
                LOG.info("Database {} can be written again", file);
            }
            problem = found;
        } finally {
            lastRun = System.nanoTime();
            running.set(false);
        }
    }

    private String freeSpaceProblem() {
        try {
            long free = Files.getFileStore(file.getParent()).getUsableSpace();
            return free < MIN_FREE_BYTES ? String.format("only %d KiB free on the file system of %s: writes may fail; "
                    + "free some space", free / 1024, file.getParent()) : null;
        } catch (IOException e) {
            return "cannot read the free space of " + file.getParent() + ": " + e.getMessage();
        }
    }

    private String lockProblem() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + PROBE_BUSY_MILLIS);
            try {
                s.execute("BEGIN IMMEDIATE");
                s.execute("ROLLBACK");
            } finally {
                s.execute("PRAGMA busy_timeout = " + busyTimeoutMillis);
            }
            return null;
        } catch (SQLException e) {
            return "cannot be written: " + e.getMessage() + (e.getMessage() != null && e.getMessage().contains("locked")
                    ? " (another program holds its lock; close it, or wait)" : "");
        }
    }
}
