package com.focusflow.helper;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import com.focusflow.hosts.HostsException;
import com.focusflow.hosts.HostsFile;
import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.ErrorKind;
import com.focusflow.hosts.protocol.ProtocolException;
import com.focusflow.hosts.protocol.Request;

/**
 * The helper's state machine: at most one block, owned by the uid that engaged it. Anyone the policy
 * allows may engage when nothing is engaged; only the owner may change or release it; while strict it may
 * grow but not shrink, and its end may move later but not earlier. The block is re-applied at start, kept
 * in place by {@link #tick()}, and released by the helper itself once a strict end passes.
 */
final class Keeper {

    private static final Logger LOG = Logger.getLogger(Keeper.class.getName());

    private final HostsFile hosts;
    private final StateStore store;
    private final Policy policy;
    private final Clocks clocks;
    private final Runnable flush;
    private final Runnable compact;
    private Block block; // null while nothing is engaged
    private HostsFile.Stamp kept; // the file just after the block was last put in place; null if unknown

    /**
     * @param compact run after every read or edit of the hosts file: the helper holds a block for hours, so
     *        the heap the file's copies grew is given back to the system (Main: a full GC once the edits
     *        pause)
     */
    Keeper(HostsFile hosts, StateStore store, Policy policy, Clocks clocks, Runnable flush, Runnable compact) {
        this.hosts = hosts;
        this.store = store;
        this.policy = policy;
        this.clocks = clocks;
        this.flush = flush;
        this.compact = compact;
    }

    /** Loads the saved block, moves its strict end onto this boot's clock, and puts it back in place. */
    synchronized void start() throws IOException {
        block = store.load().orElse(null);
        if (block == null) {
            return;
        }
        if (!block.hosts().equals(hosts.path())) {
            LOG.warning("The saved block was written to " + block.hosts() + "; removing it there, keeping it in " + hosts.path());
            new HostsFile(block.hosts()).remove(block.names());
        }
        if (block.strictUntil() != null && !clocks.bootId().equals(block.bootId())) {
            // A new boot: the wall clock is all that is left to measure the remaining time by.
            long left = Math.max(0, block.strictUntil().toEpochMilli() - clocks.wall().toEpochMilli());
            block = new Block(block.owner(), block.names(), hosts.path(), block.strictUntil(), clocks.bootId(),
                    clocks.elapsedMillis() + left);
        } else {
            block = new Block(block.owner(), block.names(), hosts.path(), block.strictUntil(), block.bootId(),
                    block.strictEndMillis());
        }
        store.save(block);
        LOG.info("Re-applying the saved block of uid " + block.owner() + ": " + block.names().size() + " names"
                + (strict() ? ", strict for " + secondsLeft() + " s more" : ""));
        tick();
    }

    /** Answers one request from {@code uid}; never throws. */
    synchronized Answer handle(int uid, Request request) {
        try {
            if (request instanceof Request.Status) {
                return status();
            }
            if (request instanceof Request.Release || ((Request.Engage) request).names().isEmpty()) {
                return release(uid);
            }
            return engage(uid, (Request.Engage) request);
        } catch (ProtocolException e) {
            return Answer.refused(e.kind(), e.getMessage());
        } catch (HostsException | IOException e) {
            return Answer.refused(ErrorKind.IO, e.getMessage());
        }
    }

    /** Releases a strict block whose end has passed; otherwise puts the block back if it was changed. */
    synchronized void tick() {
        if (block == null) {
            return;
        }
        try {
            if (block.strictUntil() != null && !strict()) {
                LOG.info("The strict block of uid " + block.owner() + " has ended; releasing it");
                remove();
                return;
            }
            if (hosts.stamp().equals(kept)) {
                return; // untouched since the block was put in place: nothing to read (or to grow the heap for)
            }
            if (apply(block.names())) {
                LOG.warning("The block in " + hosts.path() + " had been changed or removed; it has been put back");
                flush.run();
            }
        } catch (HostsException | IOException e) {
            LOG.warning("Cannot keep the block in " + hosts.path() + ": " + e.getMessage());
        }
    }

    /** Whether a strict block holds now. */
    synchronized boolean strict() {
        return block != null && block.strictUntil() != null && clocks.elapsedMillis() < block.strictEndMillis();
    }

    private Answer engage(int uid, Request.Engage request) throws IOException {
        if (!policy.mayEngage(uid)) {
            throw new ProtocolException(ErrorKind.NOT_ALLOWED, "uid " + uid + " may not engage a block (policy)");
        }
        if (block != null && block.owner() != uid) {
            throw new ProtocolException(ErrorKind.NOT_OWNER, "the block belongs to uid " + block.owner());
        }
        Instant now = clocks.wall();
        Instant until = request.strictUntil();
        if (until != null && (!until.isAfter(now) || until.isAfter(now.plus(policy.maxStrict())))) {
            throw new ProtocolException(ErrorKind.BAD_REQUEST, "field 'strictUntil' must lie in the next "
                    + policy.maxStrict().toHours() + " hours");
        }
        long endMillis = until == null ? 0 : clocks.elapsedMillis() + until.toEpochMilli() - now.toEpochMilli();
        String bootId = until == null ? null : clocks.bootId();
        if (strict()) {
            if (!new HashSet<>(request.names()).containsAll(block.names())) {
                throw new ProtocolException(ErrorKind.STRICT, "a strict block may grow but not shrink; "
                        + secondsLeft() + " s left");
            }
            if (until == null || endMillis < block.strictEndMillis()) {
                // the end of a strict block never moves earlier
                until = block.strictUntil();
                endMillis = block.strictEndMillis();
                bootId = block.bootId();
            }
        }
        Block next = new Block(uid, request.names(), hosts.path(), until, bootId, endMillis);
        if (apply(next.names())) {
            flush.run();
        }
        store.save(next);
        block = next;
        return status();
    }

    private Answer release(int uid) throws IOException {
        if (block == null) {
            return status();
        }
        if (block.owner() != uid) {
            throw new ProtocolException(ErrorKind.NOT_OWNER, "the block belongs to uid " + block.owner());
        }
        if (strict()) {
            throw new ProtocolException(ErrorKind.STRICT, "the block is strict until " + block.strictUntil() + "; "
                    + secondsLeft() + " s left");
        }
        remove();
        return status();
    }

    private void remove() throws IOException {
        if (removeBlock()) {
            flush.run();
        }
        store.clear();
        block = null;
    }

    /** The hosts file edits, each followed by {@link #compact}: they read (and may rewrite) the whole file. */
    private boolean apply(List<String> names) {
        kept = null;
        try {
            boolean changed = hosts.apply(names);
            kept = hosts.stamp();
            return changed;
        } finally {
            compact.run();
        }
    }

    private boolean removeBlock() {
        kept = null;
        try {
            return hosts.remove(block == null ? List.of() : block.names());
        } finally {
            compact.run();
        }
    }

    private Answer status() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", Request.VERSION);
        fields.put("hosts", hosts.path().toString());
        fields.put("engaged", block != null);
        if (block != null) {
            fields.put("owner", block.owner());
            fields.put("count", block.names().size());
            fields.put("strict", strict());
            if (strict()) {
                fields.put("strictUntil", block.strictUntil().toString());
                fields.put("secondsLeft", secondsLeft());
            }
        }
        return Answer.ok(fields);
    }

    private long secondsLeft() {
        return Math.max(0, (block.strictEndMillis() - clocks.elapsedMillis() + 999) / 1000);
    }
}
