package com.focusflow.session.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.focusflow.api.session.Session;
import com.focusflow.api.sync.SectionReport;

/**
 * Counts what an import does, item by item, keeps the sessions it adds and those it replaces, and the time span
 * it changed (for analytics): from the earliest start to the latest end of every added session and of both
 * versions of every updated one.
 */
final class MergeTally {

    private final List<Session> adds = new ArrayList<>();
    private final List<Session> replacements = new ArrayList<>();
    private int unchanged;
    private Instant from;
    private Instant to;
    private long version;

    /** Decides one item with {@link SessionMerge#decide} and counts it. */
    SessionMerge.Outcome count(Session local, Session incoming) {
        SessionMerge.Outcome outcome = SessionMerge.decide(local, incoming);
        switch (outcome) {
            case ADD -> {
                adds.add(incoming);
                widen(incoming);
            }
            case UPDATE -> {
                replacements.add(incoming);
                widen(local);
                widen(incoming);
            }
            case KEEP -> unchanged++;
        }
        return outcome;
    }

    private void widen(Session s) {
        Instant end = s.endTime() == null ? s.startTime() : s.endTime();
        from = from == null || s.startTime().isBefore(from) ? s.startTime() : from;
        to = to == null || end.isAfter(to) ? end : to;
    }

    /** Counts {@code count} more items as unchanged: those a plan kept out of what is merged again. */
    void alsoUnchanged(int count) {
        unchanged += count;
    }

    SectionReport report() {
        return new SectionReport(adds.size(), replacements.size(), unchanged);
    }

    /** The incoming sessions counted as added, in order. */
    List<Session> adds() {
        return adds;
    }

    /** The incoming sessions counted as updated (each replaces the stored version), in order. */
    List<Session> replacements() {
        return replacements;
    }

    /** The incoming sessions counted as added or updated. */
    List<Session> changes() {
        List<Session> changes = new ArrayList<>(adds);
        changes.addAll(replacements);
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
        return adds.size() + replacements.size();
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
