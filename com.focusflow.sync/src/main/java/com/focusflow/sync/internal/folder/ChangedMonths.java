package com.focusflow.sync.internal.folder;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.event.Event;

import com.focusflow.api.session.SessionTopics;

/**
 * The months (UTC, by start) of the sessions changed since this device last wrote its files, gathered from the
 * session events, so the next write reads those months instead of the whole history. Events arrive on Event
 * Admin's threads, the write takes them on the sync thread. An event whose months are unknown means all.
 */
final class ChangedMonths {

    /** Beyond this many months a write reads everything: one scan beats hundreds of small ones. */
    static final int MOST = 36;

    private final Set<YearMonth> months = new TreeSet<>();
    private boolean all;

    /** Notes what an event changed; events of other sections (block list, settings) change no month. */
    synchronized void add(Event event) {
        if (all) {
            return;
        }
        switch (event.getTopic()) {
            case SessionTopics.ENDED -> addRange(event.getProperty(SessionTopics.PROP_START_TIME),
                    event.getProperty(SessionTopics.PROP_START_TIME));
            case SessionTopics.IMPORTED -> addRange(event.getProperty(SessionTopics.PROP_FROM),
                    event.getProperty(SessionTopics.PROP_TO));
            default -> {
                if (event.getTopic().startsWith("focusflow/session/")) {
                    all = true;
                }
            }
        }
    }

    /** @return the months changed since the last call, or null for all of them */
    synchronized Set<YearMonth> take() {
        Set<YearMonth> taken = all ? null : new TreeSet<>(months);
        months.clear();
        all = false;
        return taken;
    }

    private void addRange(Object from, Object to) {
        if (!(from instanceof Instant first) || !(to instanceof Instant last) || last.isBefore(first)) {
            all = true;
            return;
        }
        YearMonth end = month(last);
        for (YearMonth m = month(first); !m.isAfter(end); m = m.plusMonths(1)) {
            if (months.size() >= MOST) {
                all = true;
                months.clear();
                return;
            }
            months.add(m);
        }
    }

    private static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
    }
}
