package com.focusflow.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.schedule.ScheduleWindow;
import com.focusflow.schedule.internal.plan.Timeline;

/**
 * How long the next 1,000 window boundaries (500 merged windows) of 100 schedules take to compute in one call
 * ({@link Timeline#windows}); as the baseline in the same run, 1,000 single steps of the planner
 * ({@link Timeline#nextBoundary}: each schedule's own boundaries, unmerged, one call each).
 *
 * <pre>
 * java -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" com.focusflow.bench.ScheduleBench [--runs 50]
 * </pre>
 */
public final class ScheduleBench {

    static final int SCHEDULES = 100;
    static final int BOUNDARIES = 1_000;

    public static void main(String[] args) {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 50;
        System.out.printf("%s, %d cores, %s %s, JDK %s%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("os.version"), System.getProperty("java.version"));
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Timeline timeline = new Timeline(schedules(new Random(42)), zone);
        Instant from = Instant.parse("2026-03-20T00:00:00Z"); // the walk crosses the spring-forward change

        double[] bulk = new double[runs];
        double[] stepwise = new double[runs];
        int windows = 0;
        for (int warmup = 0; warmup < 20; warmup++) {
            windows = timeline.windows(from, BOUNDARIES / 2, 3_660).size();
            walk(timeline, from);
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<ScheduleWindow> found = timeline.windows(from, BOUNDARIES / 2, 3_660);
            bulk[i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            walk(timeline, from);
            stepwise[i] = (System.nanoTime() - t0) / 1e6;
            if (found.size() != BOUNDARIES / 2) {
                throw new IllegalStateException("only " + found.size() + " windows");
            }
        }
        System.out.printf("%d schedules, %d windows = %d boundaries, until %s%n", SCHEDULES, windows, 2 * windows,
                timeline.windows(from, BOUNDARIES / 2, 3_660).get(windows - 1).end());
        System.out.printf("windows() in one call:       median %.2f ms (%d runs)%n", Stats.median(bulk), runs);
        System.out.printf("nextBoundary() x 1,000:     median %.2f ms (baseline)%n", Stats.median(stepwise));
    }

    /** The 1,000th boundary after {@code from}, found one boundary at a time. */
    private static Instant walk(Timeline timeline, Instant from) {
        Instant t = from;
        for (int i = 0; i < BOUNDARIES; i++) {
            t = timeline.nextBoundary(t).orElseThrow();
        }
        return t;
    }

    /** Realistic plans: one to five days a week, windows of 15 minutes to 2 hours, some across midnight. */
    static List<Schedule> schedules(Random random) {
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < SCHEDULES; i++) {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int count = 1 + random.nextInt(5);
            while (days.size() < count) {
                days.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            LocalTime start = LocalTime.of(random.nextInt(24), 15 * random.nextInt(4));
            LocalTime end = start.plusMinutes(15 + 15 * random.nextInt(8));
            schedules.add(new Schedule("s" + i, "Schedule " + i, List.copyOf(days), start, end, ScheduleAction.BLOCK, false,
                    true, Instant.EPOCH, null));
        }
        return schedules;
    }
}
