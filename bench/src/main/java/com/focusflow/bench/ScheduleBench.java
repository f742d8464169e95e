package com.focusflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Schedules as a client sees them, over the HTTP API of the exported FocusFlow jar: adding 100 realistic
 * schedules, asking for the next window over all of them ({@code GET /schedules/next}: the planner merges every
 * schedule's windows), and changing one (the plan is rebuilt). Blocking runs on a hosts file of the bench's own.
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl run,bench -am
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.focusflow.bench.ScheduleBench \
 *     [--jar run/target/focusflow.jar] [--runs 50]
 * </pre>
 */
public final class ScheduleBench {

    static final int SCHEDULES = 100;

    public static void main(String[] args) throws Exception {
        int runs = Args.integer(args, "--runs", 50);
        Path home = Files.createTempDirectory("focusflow-schedule-bench").resolve("home");
        List<String> bodies = schedules(new Random(42));
        List<String> table = new ArrayList<>();
        table.add("| what | median (ms) | runs |");
        table.add("|---|---|---|");
        try (App app = App.start(App.jar(args), home, List.of(), App.blockingFiles(home))) {
            List<String> ids = new ArrayList<>();
            table.add(String.format("| add a schedule (POST /schedules), up to %d | %s | %d |", SCHEDULES,
                    Measure.ms(Measure.median(SCHEDULES, () -> ids.add(app.ok(app.post("/schedules", bodies.get(ids.size())))
                            .json().get("id").asText()))), SCHEDULES));
            Measure.median(runs, () -> app.get("/schedules/next")); // warm-up
            table.add(String.format("| next window over %d schedules (GET /schedules/next) | %s | %d |", SCHEDULES,
                    Measure.ms(Measure.median(runs, () -> app.ok(app.get("/schedules/next")))), runs));
            table.add(String.format("| change one of %d schedules (PUT /schedules/{id}) | %s | %d |", SCHEDULES,
                    Measure.ms(Measure.median(runs, () -> app.ok(app.put("/schedules/" + ids.get(0), bodies.get(0))))), runs));
        }
        Measure.print("Schedules", table);
    }

    /** Realistic plans: one to five days a week, windows of 15 minutes to 2 hours, some across midnight; not strict. */
    static List<String> schedules(Random random) {
        List<String> schedules = new ArrayList<>();
        for (int i = 0; i < SCHEDULES; i++) {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int count = 1 + random.nextInt(5);
            while (days.size() < count) {
                days.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            LocalTime start = LocalTime.of(random.nextInt(24), 15 * random.nextInt(4));
            LocalTime end = start.plusMinutes(15 + 15 * random.nextInt(8));
            schedules.add(String.format("{\"name\":\"Schedule %d\",\"days\":[%s],\"start\":\"%s\",\"end\":\"%s\","
                    + "\"action\":\"block\",\"strict\":false,\"enabled\":true}", i,
                    days.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",")), start, end));
        }
        return schedules;
    }
}
