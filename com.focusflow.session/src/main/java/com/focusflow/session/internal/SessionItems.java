package com.focusflow.session.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.StartRequest;
import com.focusflow.api.sync.SyncFormat;

/**
 * Checks the {@code sessions} section of an import before anything is merged, with the rules the session
 * service applies to what it writes itself. A mistake is {@code INVALID_INPUT} naming the place, e.g.
 * {@code sessions[12].plannedMinutes: must be 1..720, was 0}.
 */
final class SessionItems {

    /** No session of FocusFlow's starts earlier: an older time is a broken file, not history. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead of this machine's clock another machine's clock may be. */
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    /** Ended sessions of one document running at the same instant: one per device, and nobody has more. */
    static final int MOST_AT_ONCE = 8;

    /** FocusFlow writes UUIDs; any short id of safe characters is kept as it is (older or test data). */
    private static final int MAX_ID_LENGTH = 64;

    private SessionItems() {
    }

    /**
     * The items as they would be stored: instants truncated to milliseconds (what the database keeps, so a
     * second import compares equal), the label stripped, {@code remainingSeconds} dropped (it is derived).
     *
     * @param now this machine's wall clock, the bound for start times (plus {@link #CLOCK_SKEW})
     */
    static List<Session> validate(List<Session> items, Instant now) {
        Map<String, Integer> seen = new HashMap<>(items.size() * 4 / 3 + 1);
        List<Session> valid = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Session session = valid(i, items.get(i), now);
            Integer first = seen.putIfAbsent(session.id(), i);
            if (first != null) {
                throw invalid(i, "id", "%s appears twice, first at %s[%d]", session.id(), SyncFormat.SESSIONS, first);
            }
            valid.add(session);
        }
        refuseOverlaps(valid);
        return valid;
    }

    /**
     * A document's ended sessions may overlap: an export holds every device's sessions, and two devices can
     * focus at once (analytics counts their common time once). More than {@link #MOST_AT_ONCE} at the same
     * instant is a broken or forged file, not a person's devices: refused, naming one of the others.
     */
    private static void refuseOverlaps(List<Session> sessions) {
        List<Integer> ended = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).endTime() != null) {
                ended.add(i);
            }
        }
        ended.sort(Comparator.comparing((Integer i) -> sessions.get(i).startTime()).thenComparing(i -> i));
        // the sessions running at the start of the one looked at, the one that ends first on top
        PriorityQueue<Integer> running = new PriorityQueue<>(Comparator.comparing((Integer i) -> sessions.get(i).endTime()));
        for (int i : ended) {
            Session session = sessions.get(i);
            while (!running.isEmpty() && !sessions.get(running.peek()).endTime().isAfter(session.startTime())) {
                running.poll();
            }
            if (running.size() >= MOST_AT_ONCE) {
                int other = running.peek();
                throw invalid(i, "startTime", "%s overlaps %d other sessions, e.g. %s[%d] (%s to %s): at most %d run at once "
                        + "(one per device)", session.startTime(), running.size(), SyncFormat.SESSIONS, other,
                        sessions.get(other).startTime(), sessions.get(other).endTime(), MOST_AT_ONCE);
            }
            running.add(i);
        }
    }

    /**
     * A letter or digit, then up to 63 letters, digits, '.', '_' or '-' (ASCII). A loop, not a regular
     * expression: it runs for every session of an import, and the expression was a tenth of a re-import.
     */
    static boolean plausibleId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || !asciiLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int k = 1; k < id.length(); k++) {
            char c = id.charAt(k);
            if (!asciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static Session valid(int i, Session s, Instant now) {
        if (!plausibleId(s.id())) {
            throw invalid(i, "id", "must be 1 to 64 letters, digits, '.', '_' or '-', e.g. a UUID");
        }
        if (s.type() == null) {
            throw invalid(i, "type", "is required; allowed: focus, break, custom");
        }
        Instant start = millis(s.startTime());
        if (start == null) {
            throw invalid(i, "startTime", "is required");
        }
        if (start.isBefore(EARLIEST) || start.isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid(i, "startTime", "%s is not a plausible start (%s .. a day from now)", start, EARLIEST);
        }
        Instant end = millis(s.endTime());
        if (end != null && (end.isBefore(start) || end.isAfter(start.plus(SessionLifecycle.LONGEST)))) {
            throw invalid(i, "endTime", "must be from startTime to %d minutes after it, was %s",
                    SessionLifecycle.LONGEST.toMinutes(), end);
        }
        if (s.plannedMinutes() < StartRequest.MIN_PLANNED_MINUTES || s.plannedMinutes() > StartRequest.MAX_PLANNED_MINUTES) {
            throw invalid(i, "plannedMinutes", "must be %d..%d, was %d", StartRequest.MIN_PLANNED_MINUTES,
                    StartRequest.MAX_PLANNED_MINUTES, s.plannedMinutes());
        }
        if (s.actualSeconds() < 0 || s.actualSeconds() > SessionLifecycle.LONGEST.toSeconds()) {
            throw invalid(i, "actualSeconds", "must be 0..%d, was %d", SessionLifecycle.LONGEST.toSeconds(),
                    s.actualSeconds());
        }
        if (s.completed() && end == null) {
            throw invalid(i, "completed", "a session without endTime is still running and cannot be completed");
        }
        String label;
        try {
            label = SessionRules.validLabel(s.label());
        } catch (FocusFlowException e) {
            throw invalid(i, "label", "%s", e.getMessage());
        }
        if (start.equals(s.startTime()) && Objects.equals(end, s.endTime()) && s.remainingSeconds() == null
                && Objects.equals(label, s.label())) {
            return s; // already as stored (FocusFlow's own files): no second copy of a large import in memory
        }
        return new Session(s.id(), s.type(), start, end, s.plannedMinutes(), s.actualSeconds(), null, s.completed(),
                s.strict(), label);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static FocusFlowException invalid(int index, String field, String format, Object... args) {
        return FocusFlowException.invalidInput("%s[%d].%s: %s", SyncFormat.SESSIONS, index, field,
                String.format(format, args));
    }
}
