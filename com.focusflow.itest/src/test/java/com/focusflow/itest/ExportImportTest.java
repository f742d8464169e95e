package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.analytics.DailyStats;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncService;

/**
 * Export and import with the real session and blocking bundles on real SQLite files. Each "device" is a
 * database file of its own: FocusFlow is pointed at it through the persistence configuration, which
 * re-creates every component that uses the database, as a restart on another machine would.
 */
class ExportImportTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Instant T1 = Instant.parse("2025-11-20T08:00:00Z");
    static final String ANALYTICS = "com.focusflow.analytics";
    static final String POMODORO = "com.focusflow.session.pomodoro";

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 30_000)
    SyncService sync;
    @InjectService(timeout = 30_000)
    ConfigurationAdmin configAdmin;
    @InjectService(timeout = 30_000)
    ServiceAware<SessionService> sessionService;
    @InjectService(timeout = 30_000)
    ServiceAware<BlockListService> blockListService;
    @InjectService(timeout = 30_000)
    ServiceAware<AnalyticsService> analyticsService;

    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void defaultSettings() throws Exception {
        ConfigurationReset.delete(context, ANALYTICS);
        ConfigurationReset.delete(context, POMODORO);
    }

    @AfterAll
    static void defaultDatabase(@InjectBundleContext BundleContext context) throws Exception {
        new SessionDatabase(context).useDefault();
    }

    /** Switches FocusFlow to a new, empty database file: a new device. */
    Path newDevice(String name) throws Exception {
        Path file = new SessionDatabase(context).newFile(name);
        useDevice(file);
        return file;
    }

    /** Switches FocusFlow to a device's file and waits until both sections are contributed. */
    void useDevice(Path file) throws Exception {
        new SessionDatabase(context).use(file);
        Poll.until(TIMEOUT, "both sections contributed", () -> {
            JsonNode sections = json.readTree(export()).get("sections");
            return sections.has("sessions") && sections.has("blocklist") ? sections : null;
        });
    }


    String export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sync.exportTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    ImportReport importText(String document) {
        return sync.importFrom(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** The document's data: everything but the time it was written. */
    JsonNode content(String document) throws Exception {
        ObjectNode node = (ObjectNode) json.readTree(document);
        node.remove("exportedAt");
        return node;
    }

    /**
     * The data without the settings section. The "devices" of these tests share one Config Admin, so a
     * setting another test left configured counts as changed on each new device when it starts; the settings
     * tests below check that section on its own.
     */
    JsonNode withoutSettings(String document) throws Exception {
        JsonNode node = content(document);
        ((ObjectNode) node.get("sections")).remove("settings");
        return node;
    }

    /** The data without block-list ids, which are per device (items merge by type and value). */
    JsonNode withoutBlockListIds(String document) throws Exception {
        JsonNode node = content(document);
        node.at("/sections/blocklist/items").forEach(item -> ((ObjectNode) item).remove("id"));
        return node;
    }

    static String session(String id, Instant start, long actual, boolean completed) {
        return String.format("{\"id\":\"%s\",\"type\":\"focus\",\"startTime\":\"%s\",\"endTime\":\"%s\",\"plannedMinutes\":25,"
                + "\"actualSeconds\":%d,\"completed\":%s,\"strict\":false,\"label\":null}", id, start,
                start.plusSeconds(actual), actual, completed);
    }

    static String running(String id, Instant start, long actual) {
        return String.format("{\"id\":\"%s\",\"type\":\"focus\",\"startTime\":\"%s\",\"endTime\":null,\"plannedMinutes\":25,"
                + "\"actualSeconds\":%d,\"remainingSeconds\":%d,\"completed\":false,\"strict\":false}", id, start, actual,
                1500 - actual);
    }

    static String item(String type, String value, boolean enabled, Instant at) {
        return String.format("{\"type\":\"%s\",\"value\":\"%s\",\"enabled\":%s,\"updatedAt\":\"%s\"}", type, value, enabled, at);
    }

    static String document(String sessions, String blocklist) {
        return "{\"formatVersion\":1,\"appVersion\":\"0.1.0\",\"exportedAt\":\"2026-01-05T09:30:00Z\",\"sections\":{"
                + "\"sessions\":{\"items\":[" + sessions + "]},\"blocklist\":{\"items\":[" + blocklist + "]}}}";
    }

    static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameExportAndImportingAgainChangesNothing() throws Exception {
        newDevice("roundtrip-a");
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            history.append(i == 0 ? "" : ",").append(session(id("rt" + i), T1.minusSeconds(i * 7_200L), i % 4 == 0 ? 600 : 1500,
                    i % 4 != 0));
        }
        importText(document(history.toString(), ""));
        SessionService sessions = Poll.current(sessionService, TIMEOUT);
        sessions.start(new StartRequest(SessionType.CUSTOM, 50, false, "round trip"));
        sessions.end();
        BlockListService blockList = Poll.current(blockListService, TIMEOUT);
        blockList.add(ItemType.WEBSITE, "https://www.YouTube.com/feed");
        blockList.remove(blockList.add(ItemType.APP, "steam.exe").id());
        blockList.add(ItemType.WEBSITE, "arte.tv");
        String fromA = export();
        assertThat(json.readTree(fromA).at("/sections/sessions/items")).hasSize(601);
        assertThat(json.readTree(fromA).at("/sections/blocklist/items")).hasSize(3);

        newDevice("roundtrip-b");
        ImportReport first = importText(fromA);

        assertThat(first.sections()).contains(Map.entry("blocklist", new SectionReport(3, 0, 0)),
                Map.entry("sessions", new SectionReport(601, 0, 0)));
        assertThat(withoutSettings(export())).isEqualTo(withoutSettings(fromA));
        assertThat(importText(fromA).sections()).contains(Map.entry("blocklist", new SectionReport(0, 0, 3)),
                Map.entry("sessions", new SectionReport(0, 0, 601)));
        assertThat(withoutSettings(export())).isEqualTo(withoutSettings(fromA));
    }

    /**
     * The re-import of the sessions merged last is answered from what the database keeps, also after the session
     * components were re-created on the same file (a restart): it looks nothing up, so it finishes while another
     * program holds the write lock, which every lookup needs. A session written since makes it look up again.
     */
    @Test
    void theSessionsMergedLastAreUnchangedAfterARestartWithoutALookup() throws Exception {
        Path file = newDevice("reimport");
        String sessionsOnly = "{\"formatVersion\":1,\"appVersion\":\"0.1.0\",\"exportedAt\":\"2026-01-05T09:30:00Z\",\"sections\":{\"sessions\":{\"items\":["
                + session(id("re1"), T1, 1500, true) + "," + session(id("re2"), T1.plusSeconds(3_600), 900, false) + "]}}}";
        assertThat(importText(sessionsOnly).sections()).containsExactly(Map.entry("sessions", new SectionReport(2, 0, 0)));

        newDevice("reimport-elsewhere");
        useDevice(file);

        assertThat(importWhileLocked(file, sessionsOnly).sections())
                .containsExactly(Map.entry("sessions", new SectionReport(0, 0, 2)));
        new SessionDatabase(context).executeOnCurrent("UPDATE sessions SET actual_duration_seconds = 60, completed = 0 "
                + "WHERE id = '" + id("re1") + "'");
        assertThat(importText(sessionsOnly).sections()).as("looked up: the more complete version back")
                .containsExactly(Map.entry("sessions", new SectionReport(0, 1, 1)));
        assertThat(importWhileLocked(file, sessionsOnly).sections())
                .containsExactly(Map.entry("sessions", new SectionReport(0, 0, 2)));
    }

    /** Imports while another connection holds the database's write lock (released after). */
    ImportReport importWhileLocked(Path file, String document) throws Exception {
        try (Connection lock = new SessionDatabase(context).plainSqlite(file).getConnection();
                Statement s = lock.createStatement()) {
            s.execute("PRAGMA busy_timeout = 60000"); // FocusFlow may be writing statistics of the first import
            s.execute("BEGIN IMMEDIATE");
            try {
                return importText(document);
            } finally {
                s.execute("ROLLBACK");
            }
        }
    }

    @Test
    void twoDevicesAreInStepAfterExportingAndImportingBothWays() throws Exception {
        Instant t2 = T1.plusSeconds(3_600);
        Path a = newDevice("device-a");
        importText(document(String.join(",", session(id("shared"), T1, 900, false), session(id("only-a"), T1.plusSeconds(9_000), 1500, true)),
                String.join(",", item("website", "youtube.com", true, T1), item("website", "reddit.com", false, t2))));
        Path b = newDevice("device-b");
        importText(document(String.join(",", session(id("shared"), T1, 1500, true), session(id("only-b"), T1.plusSeconds(20_000), 600, false)),
                String.join(",", item("website", "youtube.com", false, t2), item("website", "arte.tv", true, T1),
                        item("app", "steam", true, T1))));
        String fromB = export();

        useDevice(a);
        ImportReport intoA = importText(fromB);
        assertThat(intoA.sections().get("sessions")).isEqualTo(new SectionReport(1, 1, 0));
        assertThat(intoA.sections().get("blocklist")).isEqualTo(new SectionReport(2, 1, 0));
        String fromA = export();
        useDevice(b);
        ImportReport intoB = importText(fromA);
        assertThat(intoB.sections().get("sessions")).isEqualTo(new SectionReport(1, 0, 2));
        assertThat(intoB.sections().get("blocklist")).isEqualTo(new SectionReport(1, 0, 3));

        assertThat(withoutBlockListIds(export())).isEqualTo(withoutBlockListIds(fromA));
        JsonNode merged = json.readTree(fromA);
        assertThat(merged.at("/sections/sessions/items/0/completed").asBoolean()).as("the more complete version").isTrue();
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        merged.at("/sections/blocklist/items").forEach(i -> enabled.put(i.get("value").asText(), i.get("enabled").asBoolean()));
        assertThat(enabled).containsExactly(Map.entry("steam", true), Map.entry("arte.tv", true),
                Map.entry("reddit.com", false), Map.entry("youtube.com", false));
    }

    @Test
    void everyMalformedDocumentIsRefusedNamingThePlaceAndTheDatabaseIsUnchanged() throws Exception {
        newDevice("malformed");
        String valid = document(session(id("m1"), T1, 1500, true), item("website", "youtube.com", true, T1));
        importText(valid);
        String before = content(export()).toString();
        String deep = "[".repeat(20) + "]".repeat(20);
        StringBuilder manyItems = new StringBuilder();
        for (int i = 0; i <= 1_000_000; i++) {
            manyItems.append(i == 0 ? "" : ",").append("{\"enabled\":true}");
        }
        StringBuilder manySections = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            manySections.append(i == 0 ? "" : ",").append("\"s").append(i).append("\":{\"items\":[]}");
        }
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("malformed JSON", "{\"formatVersion\":1,\"sections\":{\"sessions\":{\"items\":[{,]}}}");
        cases.put("truncated", export().substring(0, export().length() / 2));
        cases.put("not an object", "[1,2,3]");
        cases.put("wrong type of a field", document(session(id("m2"), T1, 1500, true).replace("\"plannedMinutes\":25",
                "\"plannedMinutes\":\"many\""), ""));
        cases.put("wrong type of the items", "{\"formatVersion\":1,\"sections\":{\"sessions\":{\"items\":{\"id\":1}}}}");
        cases.put("unknown enum value", document(session(id("m3"), T1, 1500, true).replace("\"focus\"", "\"nap\""), ""));
        cases.put("future format version", document("", "").replace("\"formatVersion\":1", "\"formatVersion\":2"));
        cases.put("no format version", "{\"sections\":{}}");
        cases.put("string too long", document(session(id("m4"), T1, 1500, true).replace("\"label\":null",
                "\"label\":\"" + "x".repeat(10_001) + "\""), ""));
        cases.put("too deep", document(session(id("m5"), T1, 1500, true).replace("\"label\":null", "\"extra\":" + deep), ""));
        cases.put("too many items", "{\"formatVersion\":1,\"sections\":{\"blocklist\":{\"items\":[" + manyItems + "]}}}");
        cases.put("too many sections", "{\"formatVersion\":1,\"sections\":{" + manySections + "}}");
        cases.put("session out of range", document(session(id("m6"), T1, 1500, true).replace("\"plannedMinutes\":25",
                "\"plannedMinutes\":0"), ""));
        cases.put("duplicate session id", document(session(id("m7"), T1, 1500, true) + "," + session(id("m7"), T1, 600, false), ""));
        cases.put("bad host name (sessions valid)", document(session(id("m8"), T1, 1500, true),
                item("website", "youtube.com", false, T1.plusSeconds(60)) + "," + item("website", "evil.com 0.0.0.0", true, T1)));
        Map<String, String> places = Map.ofEntries(Map.entry("malformed JSON", "not valid JSON at line 1"),
                Map.entry("truncated", "truncated"), Map.entry("not an object", "the document must be an object"),
                Map.entry("wrong type of a field", "sessions[0].plannedMinutes"),
                Map.entry("wrong type of the items", "sessions.items must be an array"),
                Map.entry("unknown enum value", "sessions[0].type"), Map.entry("future format version", "formatVersion: 2"),
                Map.entry("no format version", "formatVersion is missing"), Map.entry("string too long", "sessions[0].label: exceeds a size limit"),
                Map.entry("too deep", "size limit"), Map.entry("too many items", "blocklist: more than 1000000 items"),
                Map.entry("too many sections", "sections: more than 100 sections"),
                Map.entry("session out of range", "sessions[0].plannedMinutes: must be 1..720, was 0"),
                Map.entry("duplicate session id", "sessions[1].id"),
                Map.entry("bad host name (sessions valid)", "blocklist[1].value: website 'evil.com 0.0.0.0' cannot be blocked"));
        cases.forEach((name, document) -> {
            assertThatThrownBy(() -> importText(document)).as(name)
                    .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                    .hasMessageContaining(places.get(name));
            try {
                assertThat(content(export()).toString()).as(name + ": database unchanged").isEqualTo(before);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        FocusFlowHttp http = FocusFlowHttp.connect(context);
        HttpResponse<String> refused = http.postJson("/focusflow/api/v1/import", cases.get("bad host name (sessions valid)"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("message").asText()).contains("blocklist[1].value");
        HttpResponse<String> accepted = http.postJson("/focusflow/api/v1/import", valid);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).at("/sections/sessions/unchanged").asInt()).isEqualTo(1);
        HttpResponse<String> download = http.get("/focusflow/api/v1/export");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(content(download.body()).toString()).isEqualTo(before);
    }

    @Test
    void anImportDuringASessionMergesAroundItAndTheSessionGoesOn() throws Exception {
        newDevice("running");
        SessionService sessions = Poll.current(sessionService, TIMEOUT);
        Session running = sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        String elsewhere = id("running-elsewhere");

        ImportReport report = importText(document(String.join(",", session(running.id(), running.startTime(), 1500, true),
                running(elsewhere, T1, 300), session(id("past"), T1, 1500, true)), ""));

        assertThat(report.sections().get("sessions")).isEqualTo(new SectionReport(1, 0, 2));
        assertThat(sessions.active()).get().extracting(Session::id).isEqualTo(running.id());
        assertThat(sessions.get(elsewhere)).as("comes over once it has ended there").isEmpty();
        assertThat(sessions.get(id("past"))).isPresent();
        Session ended = sessions.end();
        assertThat(ended.id()).isEqualTo(running.id());
        assertThat(ended.completed()).as("ended here, early, as measured here").isFalse();
        assertThat(sessions.start(StartRequest.of(SessionType.BREAK, 5)).active()).isTrue();
        sessions.end();
    }

    @Test
    void statisticsFollowTheImportedSessions() throws Exception {
        newDevice("analytics");
        AnalyticsService analytics = Poll.current(analyticsService, TIMEOUT);
        ZoneId zone = analytics.zone();
        LocalDate day = LocalDate.of(2025, 3, 10);
        Instant nine = day.atTime(9, 0).atZone(zone).toInstant();
        String early = session(id("a3"), nine.plusSeconds(14_400), 900, false);

        importText(document(String.join(",", session(id("a1"), nine, 1500, true), session(id("a2"), nine.plusSeconds(3_600), 1500, true),
                early), ""));

        DailyStats stats = Poll.until(TIMEOUT, "statistics of the imported day", () -> {
            DailyStats d = analytics.daily(day);
            return d.sessionsStarted() == 3 ? d : null;
        });
        assertThat(stats.focusSeconds()).isEqualTo(3_900);
        assertThat(stats.sessionsCompleted()).isEqualTo(2);
        assertThat(stats.longestSessionSeconds()).isEqualTo(1_500);

        importText(document(session(id("a3"), nine.plusSeconds(14_400), 1500, true), ""));
        DailyStats updated = Poll.until(TIMEOUT, "statistics after the more complete version",
                () -> analytics.daily(day).sessionsCompleted() == 3 ? analytics.daily(day) : null);
        assertThat(updated.focusSeconds()).isEqualTo(4_500);
        assertThat(analytics.score(day).score()).isEqualTo(updated.score());
        assertThat(analytics.daily(day.plusDays(1)).sessionsStarted()).isZero();
    }

    /** Changes the daily goal as the Web Console would, and waits until the export carries it. */
    String setGoal(int minutes) throws Exception {
        Configuration config = configAdmin.getConfiguration(ANALYTICS, "?");
        Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        properties.put("dailyGoalMinutes", minutes);
        config.update(properties);
        return Poll.until(TIMEOUT, "the goal of " + minutes + " min in the export", () -> {
            String document = export();
            return setting(document, ANALYTICS).at("/properties/dailyGoalMinutes").asInt() == minutes ? document : null;
        });
    }

    /** The settings item of {@code pid} in a document; missing if it has none. */
    JsonNode setting(String document, String pid) throws Exception {
        for (JsonNode item : json.readTree(document).at("/sections/settings/items")) {
            if (pid.equals(item.get("pid").asText())) {
                return item;
            }
        }
        return json.missingNode();
    }

    /** What the analytics component says about the goal, e.g. "0 min of your 2 h goal"; null while it restarts. */
    String goalSeenByAnalytics() {
        AnalyticsService analytics = analyticsService.getService();
        return analytics == null ? null : analytics.score(LocalDate.of(2025, 3, 10)).parts().get(0).explanation();
    }

    Object storedGoal() throws Exception {
        Configuration[] found = configAdmin.listConfigurations("(service.pid=" + ANALYTICS + ")");
        return found == null ? null : found[0].getProperties().get("dailyGoalMinutes");
    }

    static String settingsDocument(String... items) {
        return "{\"formatVersion\":1,\"sections\":{\"settings\":{\"items\":[" + String.join(",", items) + "]}}}";
    }

    static String setting(String pid, Instant changedAt, String properties) {
        return String.format("{\"pid\":\"%s\",\"changedAt\":\"%s\",\"properties\":%s}", pid, changedAt, properties);
    }

    @Test
    void theDailyGoalTravelsAndTheNewerChangeWins() throws Exception {
        newDevice("settings-a");
        String fromA = setGoal(90);
        JsonNode goalItem = setting(fromA, ANALYTICS);
        assertThat(goalItem.get("properties")).as("only the attributes set").hasSize(1);
        assertThat(Instant.parse(goalItem.get("changedAt").asText())).isAfter(T1);
        String onlyTheGoal = settingsDocument(goalItem.toString());

        ConfigurationReset.delete(context, ANALYTICS);
        newDevice("settings-b");
        Poll.until(TIMEOUT, "the default goal", () -> "0 min of your 2 h goal".equals(goalSeenByAnalytics()) ? true : null);
        assertThat(setting(export(), ANALYTICS).isMissingNode()).as("never changed here").isTrue();

        assertThat(importText(onlyTheGoal).sections()).containsExactly(Map.entry("settings", new SectionReport(1, 0, 0)));
        Poll.until(TIMEOUT, "analytics with the imported goal",
                () -> "0 min of your 1 h 30 min goal".equals(goalSeenByAnalytics()) ? true : null);
        assertThat(importText(onlyTheGoal).sections().get("settings")).as("again").isEqualTo(new SectionReport(0, 0, 1));
        assertThat(setting(export(), ANALYTICS)).as("same value, same change time").isEqualTo(goalItem);

        setGoal(45);
        assertThat(importText(onlyTheGoal).sections().get("settings")).as("older than the change here")
                .isEqualTo(new SectionReport(0, 0, 1));
        assertThat(storedGoal()).isEqualTo(45);
        String newer = settingsDocument(setting(ANALYTICS, Instant.now(), "{\"dailyGoalMinutes\":100}"));
        assertThat(importText(newer).sections().get("settings")).isEqualTo(new SectionReport(0, 1, 0));
        assertThat(storedGoal()).isEqualTo(100);
    }

    @Test
    void invalidSettingsAreRefusedNamingThePlaceAndNothingIsWritten() throws Exception {
        newDevice("settings-invalid");
        setGoal(45);
        String before = content(export()).toString();
        Instant newer = Instant.now();
        String validPomodoro = setting(POMODORO, newer, "{\"enabled\":true,\"focusMinutes\":50}");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("settings[1].properties.dailyGoalMinutes: must be a whole number",
                settingsDocument(validPomodoro, setting(ANALYTICS, newer, "{\"dailyGoalMinutes\":\"ninety\"}")));
        cases.put("settings[1].properties.dailyGoalMinutes: 5000 is greater than maximum",
                settingsDocument(validPomodoro, setting(ANALYTICS, newer, "{\"dailyGoalMinutes\":5000}")));
        cases.put("settings[1].properties.colour: com.focusflow.analytics has no such setting",
                settingsDocument(validPomodoro, setting(ANALYTICS, newer, "{\"colour\":\"blue\"}")));
        cases.put("settings[0].properties.focusMinutes: must be a whole number", document(session(id("s1"), T1, 1500, true), "")
                .replace("}}}", "},\"settings\":{\"items\":[" + setting(POMODORO, newer, "{\"focusMinutes\":[50]}") + "]}}}"));
        cases.forEach((place, document) -> {
            assertThatThrownBy(() -> importText(document)).as(place)
                    .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                    .hasMessageContaining(place);
            try {
                assertThat(content(export()).toString()).as(place + ": nothing imported").isEqualTo(before);
                assertThat(storedGoal()).isEqualTo(45);
                assertThat(configAdmin.listConfigurations("(service.pid=" + POMODORO + ")")).as(place).isNull();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
