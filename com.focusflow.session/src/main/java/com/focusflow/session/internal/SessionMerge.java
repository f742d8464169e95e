package com.focusflow.session.internal;

import java.util.Comparator;
import java.util.Objects;

import com.focusflow.api.session.Session;

/**
 * How an imported session meets the local one with the same id. The rule is a total order ("more
 * complete"), so two machines that exchange exports in both directions keep the same version:
 * <ol>
 * <li>ended beats running;</li>
 * <li>completed beats ended early;</li>
 * <li>more elapsed time ({@code actualSeconds}) beats less;</li>
 * <li>a later end time beats an earlier one;</li>
 * <li>then, only for versions that differ in what cannot change after a start (hand-edited files), the
 *     remaining fields decide in a fixed order, so the result is still the same on both machines.</li>
 * </ol>
 * A running session is never written by an import and a running local row is never replaced: the
 * machine that runs a session owns it until it ends, and its end comes over with the next export.
 */
final class SessionMerge {

    /** What an import does with one item. */
    enum Outcome {
        ADD, UPDATE, KEEP
    }

    static final Comparator<Session> MORE_COMPLETE = Comparator.comparing((Session s) -> !s.active())
            .thenComparing(Session::completed)
            .thenComparingLong(Session::actualSeconds)
            .thenComparing(Session::endTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Session::startTime)
            .thenComparingInt(Session::plannedMinutes)
            .thenComparing(Session::type)
            .thenComparing(Session::strict)
            .thenComparing(Session::label, Comparator.nullsFirst(Comparator.naturalOrder()));

    private SessionMerge() {
    }

    /**
     * @param local the stored session with the incoming one's id, or null
     * @param incoming a validated item of the document
     */
    static Outcome decide(Session local, Session incoming) {
        if (incoming.active() || (local != null && local.active())) {
            return Outcome.KEEP;
        }
        if (local == null) {
            return Outcome.ADD;
        }
        return !same(local, incoming) && MORE_COMPLETE.compare(incoming, local) > 0 ? Outcome.UPDATE : Outcome.KEEP;
    }

    /** Equal in every stored field ({@code remainingSeconds} is derived, not stored). */
    static boolean same(Session a, Session b) {
        return a.id().equals(b.id()) && a.type() == b.type() && a.startTime().equals(b.startTime())
                && Objects.equals(a.endTime(), b.endTime()) && a.plannedMinutes() == b.plannedMinutes()
                && a.actualSeconds() == b.actualSeconds() && a.completed() == b.completed()
                && a.strict() == b.strict() && Objects.equals(a.label(), b.label());
    }
}
