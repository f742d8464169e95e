package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * kill -9 at random moments, restart, and check: the database passes {@code PRAGMA integrity_check}, no
 * acknowledged session is lost, ended or duplicated, at most one runs, and the hosts file holds the user's
 * bytes exactly plus no FocusFlow block (no session running) or exactly one (a session running).
 * {@code reliability.rounds} rounds (3 in mvn verify, 50 in the long form).
 */
class KillLoopTest {

    /** What a round does before the kill. */
    enum Action {
        /** start a session and kill while it starts (hosts write, database insert) */
        START,
        /** end the running session and kill while it ends */
        END,
        /** add a website while the session runs: the block is rewritten */
        ADD_SITE,
        /** kill exactly when a temporary hosts file appears, i.e. during a hosts write */
        DURING_HOSTS_WRITE,
        /** import a document of many sessions and kill while it is merged: all of it or nothing */
        IMPORT,
        /** kill while idle or between checkpoints */
        IDLE
    }

    private final Set<String> acknowledgedStarts = new HashSet<>();
    private final Set<String> acknowledgedEnds = new HashSet<>();
    private final Map<Action, Integer> done = new EnumMap<>(Action.class);
    /** The session ids of each imported document, and those whose import was acknowledged. */
    private final List<Set<String>> imports = new ArrayList<>();
    private final Set<Set<String>> acknowledgedImports = new HashSet<>();
    private int killedMidWrite;
    private int sites;

    @Test
    void killNineAtRandomMomentsLosesNothing() throws Exception {
        int rounds = Settings.number("reliability.rounds", 3);
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        Path dir = Settings.scratch("kill-loop");
        Path home = dir.resolve("home");
        Path hosts = HostsCheck.create(dir);
        Path db = home.resolve("focusflow.db");
        long started = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            Action action;
            try (App app = App.start(home, hosts)) {
                app.awaitReady();
                boolean running = checkHostsFollowsSession(app);
                if (sites == 0) {
                    addSite(app);
                }
                action = choose(random, round, running);
                killDuring(app, action, random);
            }
            done.merge(action, 1, Integer::sum);
            checkAfterKill(db, hosts, "round " + round + " (" + action + ", seed " + seed + ")");
        }
        try (App app = App.start(home, hosts)) {
            app.awaitReady();
            checkHostsFollowsSession(app);
        }
        System.out.printf("KILL-LOOP rounds=%d seed=%d actions=%s killedDuringHostsWrite=%d sessions=%d ended=%d imports=%d "
                + "(acknowledged %d) in %d s%n", rounds, seed, done, killedMidWrite, acknowledgedStarts.size(),
                acknowledgedEnds.size(), imports.size(), acknowledgedImports.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** The first rounds cover the kinds of kill the short form must have; later rounds pick at random. */
    private static Action choose(Random random, int round, boolean running) {
        Action[] first = { Action.START, Action.IMPORT, Action.DURING_HOSTS_WRITE };
        if (round <= first.length) {
            return first[round - 1];
        }
        Action[] whenRunning = { Action.END, Action.ADD_SITE, Action.DURING_HOSTS_WRITE, Action.IMPORT, Action.IDLE };
        Action[] whenIdle = { Action.START, Action.DURING_HOSTS_WRITE, Action.IMPORT, Action.IDLE };
        Action[] choices = running ? whenRunning : whenIdle;
        return choices[random.nextInt(choices.length)];
    }

    private void killDuring(App app, Action action, Random random) throws Exception {
        if (action == Action.DURING_HOSTS_WRITE) {
            killOnHostsWrite(app);
            return;
        }
        CompletableFuture<HttpResponse<String>> call = switch (action) {
            case START -> async(() -> app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":30,\"strict\":false}"));
            case END -> async(() -> app.post("/sessions/active/end", ""));
            case ADD_SITE -> async(() -> app.post("/blocklist", site()));
            case IMPORT -> {
                String document = importDocument();
                yield async(() -> app.post("/import", document));
            }
            default -> CompletableFuture.completedFuture(null);
        };
        // The moment of the kill is what is random here, not a wait for a condition.
        Thread.sleep(random.nextInt(action == Action.IDLE || action == Action.IMPORT ? 3000 : 400));
        app.kill9();
        record(action, call);
    }

    /** Starts or ends a session, or adds a site, and kills the moment a temporary hosts file is created. */
    private void killOnHostsWrite(App app) throws Exception {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            app.hosts.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            boolean running = app.get("/sessions/active").statusCode() == 200;
            Action trigger = running ? Action.ADD_SITE : Action.START;
            CompletableFuture<HttpResponse<String>> call = running ? async(() -> app.post("/blocklist", site()))
                    : async(() -> app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":30,\"strict\":false}"));
            boolean seen = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!seen && System.nanoTime() < deadline) {
                var key = watch.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    seen = key.pollEvents().stream().anyMatch(e -> e.context().toString().contains(".focusflow-"));
                    key.reset();
                }
            }
            app.kill9();
            assertThat(seen).as("a temporary hosts file was written").isTrue();
            record(trigger, call);
            try (Stream<Path> left = Files.list(app.hosts.getParent())) {
                if (left.anyMatch(p -> p.getFileName().toString().contains(".focusflow-"))) {
                    killedMidWrite++;
                }
            }
        }
    }

    private void record(Action action, CompletableFuture<HttpResponse<String>> call) throws Exception {
        if (!call.isDone() || call.isCompletedExceptionally() || call.get() == null) {
            return; // killed before the answer: either outcome is allowed
        }
        HttpResponse<String> answer = call.get();
        if (action == Action.START && answer.statusCode() == 201) {
            acknowledgedStarts.add(Json.parse(answer.body()).get("id").asText());
        } else if (action == Action.IMPORT) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            acknowledgedImports.add(imports.get(imports.size() - 1));
        } else if (action == Action.END && answer.statusCode() == 200) {
            acknowledgedEnds.add(Json.parse(answer.body()).get("id").asText());
        }
    }

    private void checkAfterKill(Path db, Path hosts, String round) throws Exception {
        Database.assertIntact(db);
        Map<String, Database.Row> rows = Database.sessions(db);
        assertThat(rows.keySet()).as("acknowledged sessions after %s", round).containsAll(acknowledgedStarts);
        for (String id : acknowledgedEnds) {
            assertThat(rows.get(id).endTime()).as("end of %s after %s", id, round).isNotNull();
        }
        for (Set<String> document : imports) {
            long present = document.stream().filter(rows::containsKey).count();
            assertThat(present).as("sessions of an import of %d after %s: all or nothing", document.size(), round)
                    .isIn(0L, (long) document.size());
            if (acknowledgedImports.contains(document)) {
                assertThat(present).as("an acknowledged import after %s", round).isEqualTo(document.size());
            }
        }
        long runningRows = rows.values().stream().filter(r -> r.endTime() == null).count();
        assertThat(runningRows).as("running sessions after %s", round).isLessThanOrEqualTo(1);
        assertThat(HostsCheck.blocks(hosts)).as("FocusFlow blocks after %s", round).isBetween(0, 1);
    }

    /** After a restart the block follows the session: one block while it runs, none otherwise. */
    private static boolean checkHostsFollowsSession(App app) throws Exception {
        boolean running = app.get("/sessions/active").statusCode() == 200;
        int expected = running ? 1 : 0;
        Poll.until(Duration.ofSeconds(30), expected + " FocusFlow block(s) in the hosts file",
                () -> HostsCheck.blocks(app.hosts) == expected ? Boolean.TRUE : null);
        return running;
    }

    private void addSite(App app) throws Exception {
        HttpResponse<String> added = app.post("/blocklist", site());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    /** A document of 3,000 ended sessions with new ids, half an hour apart, so that merging takes a while. */
    private String importDocument() {
        Set<String> ids = new HashSet<>();
        StringBuilder items = new StringBuilder();
        Instant start = Instant.parse("2020-01-01T08:00:00Z").plus(Duration.ofDays(63L * imports.size()));
        for (int i = 0; i < 3000; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Instant begin = start.plus(Duration.ofMinutes(30L * i));
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"type\":\"focus\",\"startTime\":\"")
                    .append(begin).append("\",\"endTime\":\"").append(begin.plus(Duration.ofMinutes(25)))
                    .append("\",\"plannedMinutes\":25,\"actualSeconds\":1500,\"remainingSeconds\":null,\"completed\":true,"
                            + "\"strict\":false,\"label\":null}");
        }
        imports.add(ids);
        return "{\"formatVersion\":1,\"appVersion\":\"0.1.0\",\"exportedAt\":\"2026-01-05T09:30:00Z\",\"sections\":{"
                + "\"sessions\":{\"items\":[" + items + "]}}}";
    }

    private String site() {
        return "{\"type\":\"website\",\"value\":\"site" + (++sites) + ".example.com\"}";
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static CompletableFuture<HttpResponse<String>> async(Call call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return call.send();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
