package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.focusflow.testing.Poll;

/**
 * Real FocusFlow runtimes (each its own JVM and data dir) kept in step through a sync folder: three on one
 * shared folder, two on two folders joined by an unkind {@link SyncEngine}; and kill -9 while a big peer
 * file is merged. Converged means: the same sessions, the same block list (by type, value and enabled; ids
 * are per machine) and the same portable settings, as each one's export shows them.
 */
class SyncFolderTest {

    static final Duration CONVERGE = Duration.ofSeconds(240);

    @Test
    void threeRuntimesOnOneFolderConvergeAfterChangesOnEachSideIncludingTheSameItem() throws Exception {
        Path dir = Settings.scratch("sync-three");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        List<App> apps = new ArrayList<>();
        try {
            for (String name : List.of("alpha", "bravo", "charlie")) { // one after the other: three cold starts at once
                apps.add(start(dir, name, shared));                     // took over 90 s on a busy 2-core machine
                apps.get(apps.size() - 1).awaitReady();
            }
            App a = apps.get(0);
            App b = apps.get(1);
            App c = apps.get(2);
            // the same website on two machines: added on b, then on a, then disabled on a (the newest change)
            assertThat(b.post("/blocklist", "{\"type\":\"website\",\"value\":\"shared-item.example\"}").statusCode()).isEqualTo(201);
            // a's add may meet the import of b's file that brings the same item: it must succeed all the same
            HttpResponse<String> added = a.post("/blocklist", "{\"type\":\"website\",\"value\":\"shared-item.example\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            String id = blockListId(a, "shared-item.example");
            assertThat(a.send(a.authorized("/blocklist/" + id).DELETE().build()).statusCode()).isLessThan(300);
            for (App app : apps) {
                assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"" + app.home.getFileName()
                        + ".example\"}").statusCode()).isEqualTo(201);
                endOneSession(app);
                HttpResponse<String> imported = app.post("/import", sessions(40, new Random(app.port)));
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            }
            setting(a, 100);
            Poll.until(Duration.ofSeconds(60), "a notes its setting", () -> a.get("/export").body()
                    .contains("\"dailyGoalMinutes\":100") ? "" : null);
            setting(c, 150); // later than a's: it wins everywhere
            Poll.until(Duration.ofSeconds(60), "c notes its setting", () -> c.get("/export").body()
                    .contains("\"dailyGoalMinutes\":150") ? "" : null);

            Map<String, Object> converged = awaitConverged(apps);

            assertThat(sessionIds(converged)).hasSize(3 * 41);
            assertThat(converged.get("blocklist").toString()).contains("website shared-item.example false")
                    .contains("website alpha.example true").contains("website charlie.example true");
            assertThat(converged.get("settings").toString()).contains("\"dailyGoalMinutes\":150");
            for (App app : apps) {
                JsonNode devices = Json.parse(app.get("/sync/devices").body());
                assertThat(devices.get("peers")).hasSize(2);
                assertThat(devices.get("problem").isNull()).isTrue();
                assertThat(app.awaitHealth(null)).contains("\"name\":\"sync.folder\",\"status\":\"UP\"");
            }
            assertThat(shared.toFile().list()).as("each writes only its own files, no temporary file stays")
                    .allMatch(name -> name.startsWith("focusflow-") && name.endsWith(".json"));
        } finally {
            for (App app : apps) {
                app.close();
            }
        }
    }

    @Test
    void twoRuntimesOnTwoFoldersJoinedByAnUnkindSyncProgramConvergeAndLoseNothing() throws Exception {
        Path dir = Settings.scratch("sync-engine");
        Path left = Files.createDirectories(dir.resolve("left"));
        Path right = Files.createDirectories(dir.resolve("right"));
        try (SyncEngine engine = new SyncEngine(left, right, 17); App a = startReady(dir, "laptop", left);
                App b = startReady(dir, "desktop", right)) {
            for (int round = 0; round < 3; round++) {
                for (App app : List.of(a, b)) {
                    HttpResponse<String> imported = app.post("/import", sessions(30, new Random(app.port * 31L + round)));
                    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
                    endOneSession(app);
                }
                assertThat(a.post("/blocklist", "{\"type\":\"website\",\"value\":\"round" + round + ".example\"}").statusCode())
                        .isEqualTo(201);
                Thread.sleep(2000);
            }
            setting(b, 90);
            Poll.until(Duration.ofSeconds(60), "b notes its setting", () -> b.get("/export").body()
                    .contains("\"dailyGoalMinutes\":90") ? "" : null);

            Map<String, Object> converged = awaitConverged(List.of(a, b));

            assertThat(sessionIds(converged)).as("every session of both sides").hasSize(2 * 3 * 31);
            assertThat(sessionIds(converged)).noneMatch(idOf -> idOf.startsWith("conflict-"));
            assertThat(converged.get("settings").toString()).contains("\"dailyGoalMinutes\":90");
            assertThat(engine.partialWrites.get()).as("the engine cut files off mid-write").isPositive();
            assertThat(engine.junk.get()).as("the engine left conflict copies").isPositive();
            for (App app : List.of(a, b)) {
                Poll.until(Duration.ofSeconds(60), "sync.folder UP once every file is complete", () -> {
                    String health = app.get("/health").body();
                    return health.contains("\"name\":\"sync.folder\",\"status\":\"UP\"") ? health : null;
                });
            }
        }
    }

    /**
     * Each kill waits for a log line that says the merge of the big peer file is under way, then kills at once:
     * first while the file is read and checked (the file is put into the folder once the runtime is ready, so
     * the sessions' bundle takes part), then on the next start while the checked import is being written.
     * That the kill landed inside the merge is asserted (the merge's "merged" line never came), not hoped for.
     */
    @Test
    void killNineDuringAMergeLeavesTheDatabaseIntactAndTheNextMergeCompletes() throws Exception {
        Path dir = Settings.scratch("sync-kill");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        String file = "focusflow-" + UUID.randomUUID() + ".data.sessions.json";
        int count = 60_000; // ~13 MB: reading, checking and writing it each take seconds, far longer than a poll
        Path staged = dir.resolve(file);
        Files.writeString(staged, sessions(count, new Random(5)));
        Set<String> ids = new TreeSet<>();
        Json.parse(Files.readString(staged)).get("sections").get("sessions").get("items")
                .forEach(item -> ids.add(item.get("id").asText()));
        Path home = dir.resolve("victim");
        Path db = home.resolve("focusflow.db");
        Path log = home.resolve("logs").resolve("focusflow.log");
        String merging = "Sync folder: merging " + file;
        String applying = "Import checked, applying: {sessions=";
        for (String signal : List.of(merging, applying)) {
            long from = Files.exists(log) ? Files.size(log) : 0;
            App app = start(dir, "victim", shared);
            if (signal.equals(merging)) {
                app.awaitReady();
                Poll.until(Duration.ofSeconds(60), "the sync folder on", () -> Json.parse(app.get("/sync/devices").body())
                        .get("enabled").asBoolean() ? "" : null);
                Files.move(staged, shared.resolve(file), StandardCopyOption.ATOMIC_MOVE);
            }
            awaitLine(log, from, signal);
            app.kill9();
            String since = read(log, from);
            assertThat(since).as("killed inside the merge, before it finished").contains(merging)
                    .doesNotContain("Sync folder: merged " + file);
            Database.assertIntact(db);
            int present = Database.sessions(db).size();
            String phase = !since.contains(applying) ? "reading and checking"
                    : since.contains("Imported sessions") ? "after the sessions' commit" : "writing";
            if (phase.equals("reading and checking")) {
                assertThat(present).as("nothing is written before the file is checked").isZero();
            } else {
                assertThat(present).as("all or nothing").isIn(0, count);
            }
            System.out.printf("SYNC-KILL signal='%s' killed while %s: %d of %d sessions in the database%n", signal, phase,
                    present, count);
        }
        try (App app = start(dir, "victim", shared)) {
            app.awaitReady();
            Poll.until(Duration.ofSeconds(240), "the peer's sessions merged", () -> {
                JsonNode peers = Json.parse(app.get("/sync/devices").body()).get("peers");
                return peers.size() == 1 && !peers.get(0).get("lastMerged").isNull() ? peers : null;
            });
        }
        Database.assertIntact(db);
        assertThat(Database.sessions(db).keySet()).as("every session of the peer, once").isEqualTo(ids);
    }

    /** Waits (polling every 10 ms) until the log, from byte {@code from} on, holds {@code text}. */
    private static void awaitLine(Path log, long from, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (!(Files.exists(log) && read(log, from).contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for '" + text + "' in " + log);
            }
            Thread.sleep(10);
        }
    }

    private static String read(Path log, long from) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            channel.position(Math.min(from, channel.size()));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static App start(Path dir, String name, Path folder) throws Exception {
        Path home = dir.resolve(name);
        Path load = Files.createDirectories(home.resolve("load"));
        Files.writeString(load.resolve("com.focusflow.sync.folder.cfg"), "path=" + folder + "\ndeviceName=" + name
                + "\nrescanSeconds=5\nsettleMillis=500\nwriteDelayMillis=500\n");
        Path hosts = Files.exists(dir.resolve(name + "-hosts")) ? dir.resolve(name + "-hosts")
                : HostsCheck.create(Files.createDirectories(dir.resolve(name + "-hosts")));
        return App.start(home, hosts);
    }

    private static String blockListId(App app, String value) throws Exception {
        JsonNode list = Json.parse(app.get("/blocklist").body());
        for (JsonNode item : list.isArray() ? list : list.get("items")) {
            if (value.equals(item.get("value").asText())) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError(value + " is not on the block list: " + list);
    }

    /** Started and ready, or stopped again. */
    private static App startReady(Path dir, String name, Path folder) throws Exception {
        App app = start(dir, name, folder);
        try {
            return app.awaitReady();
        } catch (Exception | AssertionError e) {
            app.close();
            throw e;
        }
    }

    private static void setting(App app, int dailyGoalMinutes) throws Exception {
        Path cfg = app.home.resolve("load").resolve("com.focusflow.analytics.cfg");
        Files.writeString(cfg, "dailyGoalMinutes=" + dailyGoalMinutes + "\n");
    }

    private static void endOneSession(App app) throws Exception {
        assertThat(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":false}").statusCode())
                .isEqualTo(201);
        assertThat(app.post("/sessions/active/end", "").statusCode()).isLessThan(300);
    }

    /** {@code count} ended sessions half an hour apart, all before 2025-09, with random ids. */
    static String sessions(int count, Random random) {
        StringBuilder items = new StringBuilder();
        Instant base = Instant.parse("2024-01-01T08:00:00Z").minus(Duration.ofMinutes(30L * count))
                .plus(Duration.ofDays(random.nextInt(600)));
        for (int i = 0; i < count; i++) {
            Instant begin = base.plus(Duration.ofMinutes(30L * i));
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(new UUID(random.nextLong(), random.nextLong()))
                    .append("\",\"type\":\"focus\",\"startTime\":\"").append(begin).append("\",\"endTime\":\"")
                    .append(begin.plus(Duration.ofMinutes(25))).append("\",\"plannedMinutes\":25,\"actualSeconds\":1500,"
                            + "\"completed\":true,\"strict\":false,\"label\":null}");
        }
        return "{\"formatVersion\":1,\"appVersion\":\"test\",\"exportedAt\":\"2026-01-01T00:00:00Z\",\"sections\":{\"sessions\":"
                + "{\"items\":[" + items + "]}}}";
    }

    /** Waits until every app's export holds the same sessions, block list and settings; returns them. */
    private static Map<String, Object> awaitConverged(List<App> apps) throws Exception {
        return Poll.until(CONVERGE, "the runtimes converge", () -> {
            Map<String, Object> first = null;
            for (App app : apps) {
                HttpResponse<String> export = app.get("/export");
                if (export.statusCode() != 200) {
                    return null;
                }
                Map<String, Object> content = comparable(Json.parse(export.body()));
                if (first == null) {
                    first = content;
                } else if (!first.equals(content)) {
                    return null;
                }
            }
            return first;
        });
    }

    private static Map<String, Object> comparable(JsonNode export) {
        JsonNode sections = export.get("sections");
        Map<String, Object> content = new TreeMap<>();
        content.put("sessions", sections.get("sessions").get("items").toString());
        Set<String> blocklist = new TreeSet<>();
        sections.get("blocklist").get("items").forEach(item -> blocklist.add(item.get("type").asText() + " "
                + item.get("value").asText() + " " + item.get("enabled").asBoolean()));
        content.put("blocklist", blocklist);
        content.put("settings", sections.get("settings").get("items").toString());
        return content;
    }

    private static Set<String> sessionIds(Map<String, Object> converged) {
        Set<String> ids = new TreeSet<>();
        Json.parse(converged.get("sessions").toString()).forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }
}
