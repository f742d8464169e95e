package com.focusflow.schedule.internal.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;

/**
 * What a strict schedule refuses while its window is open: being disabled, deleted, made non-strict,
 * shortened (its open window closing earlier or no longer containing now) or skipped. Refusals are
 * {@code CONFLICT} and say until when.
 */
public final class StrictRules {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private StrictRules() {
    }

    /** The open window of a strict, enabled schedule at {@code now}, if any. */
    public static Optional<Occurrence> lockedWindow(Schedule s, Instant now, ZoneId zone) {
        if (!s.strict() || !s.enabled()) {
            return Optional.empty();
        }
        return Occurrences.containing(s, now, zone);
    }

    public static void checkUpdate(Schedule before, Schedule after, Instant now, ZoneId zone) {
        Optional<Occurrence> locked = lockedWindow(before, now, zone);
        if (locked.isEmpty()) {
            return;
        }
        Instant until = locked.get().end();
        if (!after.enabled()) {
            throw refused(before, until, zone, "disabled");
        }
        if (!after.strict()) {
            throw refused(before, until, zone, "made non-strict");
        }
        Optional<Occurrence> stillOpen = Occurrences.containing(after, now, zone);
        if (stillOpen.isEmpty() || stillOpen.get().end().isBefore(until)) {
            throw refused(before, until, zone, "shortened");
        }
    }

    public static void checkRemove(Schedule s, Instant now, ZoneId zone) {
        Optional<Occurrence> locked = lockedWindow(s, now, zone);
        if (locked.isPresent()) {
            throw refused(s, locked.get().end(), zone, "deleted");
        }
    }

    public static void checkSkip(Schedule s) {
        if (s.strict()) {
            throw FocusFlowException.conflict("'%s' is strict: its windows cannot be skipped", s.name());
        }
        if (!s.enabled()) {
            throw FocusFlowException.conflict("'%s' is disabled: it has no window to skip", s.name());
        }
    }

    private static FocusFlowException refused(Schedule s, Instant until, ZoneId zone, String what) {
        return FocusFlowException.conflict("'%s' is strict and its window is open until %s: it cannot be %s before then",
                s.name(), UNTIL.format(until.atZone(zone)), what);
    }
}
