package com.focusflow.session.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.session.Session;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncFormat;

/**
 * The {@code sessions} section of an export: every session in (startTime, id) order, read in chunks so
 * memory stays bounded; an import is validated by {@link SessionItems} and merged by id with
 * {@link SessionMerge}, in one transaction, then announced as one
 * {@link com.focusflow.api.session.SessionTopics#IMPORTED} event with the time span it changed.
 */
public final class SessionSection implements DataContributor<Session> {

    static final int EXPORT_CHUNK = 500;

    private static final Logger LOG = LoggerFactory.getLogger(SessionSection.class);

    private final SessionStore store;
    private final SessionEvents events;
    private final Supplier<Instant> wallClock;
    /** What the last import merged; null until one completes, and after one that another write came between. */
    private volatile Merged lastMerged;

    public SessionSection(SessionStore store, SessionEvents events, Supplier<Instant> wallClock) {
        this.store = store;
        this.events = events;
        this.wallClock = wallClock;
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
        Instant afterStart = SessionStore.NO_LOWER_BOUND;
        String afterId = "";
        List<SessionEntity> chunk;
        do {
            chunk = store.after(afterStart, afterId, EXPORT_CHUNK);
            for (SessionEntity row : chunk) {
                sink.accept(row.toSession());
                afterStart = row.startTime();
                afterId = row.id();
            }
        } while (chunk.size() == EXPORT_CHUNK);
    }

    /** The sessions that start in {@code [from, to)}: the same keyset scan as {@link #export}, from {@code from}. */
    @Override
    public boolean exportPart(Instant from, Instant to, Consumer<? super Session> sink) {
        Instant afterStart = from;
        String afterId = ""; // every id sorts after "": the scan starts with the sessions that start at from
        List<SessionEntity> chunk;
        do {
            chunk = store.after(afterStart, afterId, EXPORT_CHUNK);
            for (SessionEntity row : chunk) {
                if (!row.startTime().isBefore(to)) {
                    return true;
                }
                sink.accept(row.toSession());
                afterStart = row.startTime();
                afterId = row.id();
            }
        } while (chunk.size() == EXPORT_CHUNK);
        return true;
    }

    /**
     * Validates and merges without writing; the plan keeps only the sessions to add or replace. A session
     * found unchanged stays so (a local session only ever gets more complete), so applying skips it: an
     * import of a file that is already here reads each session once and writes nothing. Items identical to
     * those this section last merged completely, with no session written since ({@link Merged#stillHolds}),
     * are all unchanged without reading anything: the plain re-import of an unchanged file.
     */
    @Override
    public ImportPlan prepareImport(List<Session> items) {
        byte[] print = ItemsPrint.of(items);
        Merged last = lastMerged;
        if (last != null && last.stillHolds(print, store.version())) {
            LOG.info("Import: the {} sessions are those merged last, and no session was written since: all unchanged",
                    items.size());
            return unchanged(items.size());
        }
        MergeTally predicted = store.merge(SessionItems.validate(items, wallClock.get()), false);
        List<Session> changes = predicted.changes();
        int unchanged = predicted.report().unchanged();
        return ImportPlan.of(predicted.report(), () -> {
            MergeTally done = store.merge(changes, true);
            if (done.changed() > 0) {
                events.imported(done.from(), done.to(), done.changed());
            }
            // the table holds every item as merged only if no other write came between the plan and this one
            lastMerged = done.version() == predicted.version() + 1 ? new Merged(print, done.version()) : null;
            SectionReport report = new SectionReport(done.report().added(), done.report().updated(),
                    done.report().unchanged() + unchanged);
            LOG.info("Imported sessions: {}", report);
            return report;
        });
    }

    private static ImportPlan unchanged(int count) {
        SectionReport report = new SectionReport(0, 0, count);
        return ImportPlan.of(report, () -> report);
    }

    /**
     * The items of the last complete merge, and the store's version right after it. While the store is still at
     * that version, the table is exactly as that merge left it, so merging the same items again would find every
     * one unchanged (each is stored as it came, or a more complete version is, or a session running here kept it
     * out, and that session has not changed either) and could not fail validation (it passed then; its only
     * time-dependent rule, a start at most a day ahead, only gets looser).
     */
    record Merged(byte[] print, long version) {
        boolean stillHolds(byte[] items, long storeVersion) {
            return storeVersion == version && MessageDigest.isEqual(print, items);
        }
    }
}
