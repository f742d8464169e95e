package com.focusflow.session.internal;

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
     * import of a file that is already here reads each session once and writes nothing.
     * <p>
     * Items identical to those an import last merged completely, with no session written since (the store keeps
     * both in the database: {@link SessionStore#holdsMerged}, also after a restart), are all unchanged without
     * validation or lookup: the plain re-import of an unchanged file. That is sound because the table is then
     * exactly as that merge left it, so merging the same items again would find every one unchanged (each is
     * stored as it came, or a more complete version is, or a session running here kept it out, and that session
     * has not changed either) and could not fail validation (it passed then; its only time-dependent rule, a
     * start at most a day ahead, only gets looser). If sessions were written since that merge (a session of this
     * device started or ended, another import), the same holds for every row but theirs: the plan validates the
     * items and looks up only those written since ({@link SessionStore#plan}).
     */
    @Override
    public ImportPlan prepareImport(List<Session> items) {
        byte[] print = ItemsPrint.of(items);
        if (store.holdsMerged(print)) {
            LOG.info("Import: the {} sessions are those merged last, and no session was written since: all unchanged",
                    items.size());
            return unchanged(items.size());
        }
        MergeTally predicted = store.plan(SessionItems.validate(items, wallClock.get()), print);
        return ImportPlan.of(predicted.report(), () -> {
            MergeTally done = store.apply(predicted, print);
            if (done.changed() > 0) {
                events.imported(done.from(), done.to(), done.changed());
            }
            LOG.info("Imported sessions: {}", done.report());
            return done.report();
        });
    }

    private static ImportPlan unchanged(int count) {
        SectionReport report = new SectionReport(0, 0, count);
        return ImportPlan.of(report, () -> report);
    }
}
