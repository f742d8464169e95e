package com.focusflow.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.analytics.ProductivityScore;
import com.focusflow.api.analytics.WeeklyStats;
import com.focusflow.api.session.SessionService;

/**
 * The statistics, as a plain object. A session's end recomputes the days it touches from the session
 * history with the same code as a rebuild, so the event path and {@link #rebuild} always give the same rows.
 */
public final class Analytics implements AnalyticsService {

    /** Longest range one rebuild accepts: 100 years. */
    static final long MAX_REBUILD_DAYS = 36_600;

    private final AnalyticsStore store;
    private final SessionService sessions;
    private final ZoneId zone;
    private final int goalMinutes;
    private final Consumer<LocalDate> updated;
    private final PendingDays due = new PendingDays();
    private final AttemptWindow attempts = new AttemptWindow();

    public Analytics(AnalyticsStore store, SessionService sessions, ZoneId zone, int goalMinutes, Consumer<LocalDate> updated) {
        this.store = store;
        this.sessions = sessions;
        this.zone = zone;
        this.goalMinutes = goalMinutes;
        this.updated = updated;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public DailyStats daily(LocalDate date) {
        DayTotals day = totals(required(date, "date"));
        return new DailyStats(day.date(), day.focusSeconds(), day.sessionsStarted(), day.sessionsCompleted(),
                day.blockedAttempts(), day.longestSessionSeconds(), ScoreFormula.score(day, goalMinutes).score());
    }

    @Override
    public WeeklyStats weekly(LocalDate end) {
        LocalDate start = required(end, "end").minusDays(6);
        Map<LocalDate, DayTotals> rows = store.read(start, end);
        List<DailyStats> days = new ArrayList<>();
        long total = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            DayTotals day = rows.getOrDefault(d, DayTotals.empty(d));
            total += day.focusSeconds();
            days.add(new DailyStats(d, day.focusSeconds(), day.sessionsStarted(), day.sessionsCompleted(),
                    day.blockedAttempts(), day.longestSessionSeconds(), ScoreFormula.score(day, goalMinutes).score()));
        }
        return new WeeklyStats(start, end, days, total, total / 7, streak(end));
    }

    @Override
    public ProductivityScore score(LocalDate date) {
        return ScoreFormula.score(totals(required(date, "date")), goalMinutes);
    }

    @Override
    public int streak(LocalDate asOf) {
        required(asOf, "asOf");
        LocalDate[] expected = { asOf };
        int[] streak = { 0 };
        store.walkBack(asOf, day -> {
            if (!day.date().equals(expected[0])) {
                return false;
            }
            expected[0] = expected[0].minusDays(1);
            if (ScoreFormula.metGoal(day, goalMinutes)) {
                streak[0]++;
                return true;
            }
            return day.date().equals(asOf); // an unfinished asOf does not break the streak
        });
        return streak[0];
    }

    @Override
    public int rebuild(LocalDate from, LocalDate to) {
        required(from, "from");
        required(to, "to");
        if (from.isAfter(to)) {
            throw FocusFlowException.invalidInput("'from' (%s) is after 'to' (%s)", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_REBUILD_DAYS) {
            throw FocusFlowException.invalidInput("a rebuild covers at most %d days", MAX_REBUILD_DAYS);
        }
        return recompute(from, to);
    }

    /**
     * Notes the days a session from {@code start} to {@code end} touched (after its end, or an import) for
     * {@link #recomputeDue()}; true if nothing was due before, so the caller schedules one.
     */
    boolean sessionEnded(Instant start, Instant end) {
        return due.add(LocalDate.ofInstant(start, zone), LocalDate.ofInstant(end.isBefore(start) ? start : end, zone));
    }

    /** Recomputes every day noted since the last call. */
    void recomputeDue() {
        due.drain().forEach(run -> recompute(run.from(), run.to()));
    }

    /** Counts a blocked app's attempt, once per app per minute ({@link AttemptWindow}). */
    void blockedAttempt(String app, Instant time) {
        if (!attempts.counts(app, time)) {
            return;
        }
        LocalDate date = LocalDate.ofInstant(time, zone);
        store.addBlockedAttempt(date);
        store.writeScore(date, ScoreFormula.score(totals(date), goalMinutes).score());
        updated.accept(date);
    }

    private synchronized int recompute(LocalDate from, LocalDate to) {
        DaySplitter splitter = new DaySplitter(zone, from, to);
        sessions.forEachOverlapping(splitter.rangeStart(), splitter.rangeEnd(), splitter::add);
        Map<LocalDate, DayTotals> blocked = store.read(from, to);
        List<DayTotals> rows = new ArrayList<>();
        for (DayTotals day : splitter.totals().values()) {
            DayTotals stored = blocked.get(day.date());
            DayTotals merged = day.withBlockedAttempts(stored == null ? 0 : stored.blockedAttempts());
            if (stored == null ? !merged.equals(DayTotals.empty(day.date())) : !stored.equals(merged)) {
                rows.add(merged); // unchanged and empty days are not written
            }
        }
        store.writeSessions(rows, d -> ScoreFormula.score(d, goalMinutes).score());
        rows.forEach(d -> updated.accept(d.date()));
        return rows.size();
    }

    private DayTotals totals(LocalDate date) {
        return store.read(date, date).getOrDefault(date, DayTotals.empty(date));
    }

    private static LocalDate required(LocalDate date, String name) {
        if (date == null) {
            throw FocusFlowException.invalidInput("'%s' is required, e.g. 2026-03-29", name);
        }
        return date;
    }
}
