package com.focusflow.session.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.focusflow.api.session.Session;
import com.focusflow.api.sync.SectionReport;

/**
 * Counts what an import does, item by item, and the time span it changed (for analytics): from the
 * earliest start to the latest end of every added session and of both versions of every updated one.
 */
final class MergeTally {

    private int added;
    private int updated;
    private int unchanged;
    private Instant from;
    private Instant to;
    private final List<Session> changes = new ArrayList<>();
    private long version;

    /** Decides one item with {@link SessionMerge#decide} and counts it. */
    SessionMerge.Outcome count(Session local, Session incoming) {
        SessionMerge.Outcome outcome = SessionMerge.decide(local, incoming);
        switch (outcome) {
            case ADD -> added++;
            case UPDATE -> {
                updated++;
                widen(local);
            }
            case KEEP -> unchanged++;
        }
        if (outcome != SessionMerge.Outcome.KEEP) {
            widen(incoming);
            changes.add(incoming);
        }
        return outcome;
    }

    private void widen(Session s) {
        Instant end = s.endTime() == null ? s.startTime() : s.endTime();
        from = from == null || s.startTime().isBefore(from) ? s.startTime() : from;
        to = to == null || end.isAfter(to) ? end : to;
    }

    SectionReport report() {
        return new SectionReport(added, updated, unchanged);
    }

    /** The incoming sessions counted as added or updated, in order. */
    List<Session> changes() {
        return changes;
    }

    /** The table's write version ({@link SessionWrites}) when a plan counted. */
    void at(long storeVersion) {
        version = storeVersion;
    }

    long version() {
        return version;
    }

    /** Sessions added or updated. */
    int changed() {
        return added + updated;
    }

    /** Earliest start of a changed session; null if none changed. */
    Instant from() {
        return from;
    }

    /** Latest end of a changed session; null if none changed. */
    Instant to() {
        return to;
    }
}
