package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sessions API end to end: JSON in, JSON out, statuses as the issue asks. */
class SessionHttpTest {

    static final String SESSIONS = "/focusflow/api/v1/sessions";

    @InjectBundleContext
    BundleContext context;

    FocusFlowHttp http;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void freshDatabase() throws Exception {
        SessionDatabase db = new SessionDatabase(context);
        db.use(db.newFile("http"));
        http = FocusFlowHttp.connect(context);
        http.awaitStatus(SESSIONS + "/active", 204);
    }

    @AfterAll
    static void defaultDatabase(@InjectBundleContext BundleContext context) throws Exception {
        new SessionDatabase(context).useDefault();
    }

    @Test
    void startShowEndAndPage() throws Exception {
        HttpResponse<String> created = http.postJson(SESSIONS, "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":false}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode session = json.readTree(created.body());
        assertThat(fieldNames(session)).containsExactly("id", "type", "startTime", "endTime", "plannedMinutes",
                "actualSeconds", "remainingSeconds", "completed", "strict", "label");
        assertThat(session.get("type").asText()).isEqualTo("focus");
        assertThat(session.get("endTime").isNull()).isTrue();
        assertThat(session.get("remainingSeconds").asLong()).isEqualTo(1500);
        Instant.parse(session.get("startTime").asText());
        String id = session.get("id").asText();

        HttpResponse<String> active = http.get(SESSIONS + "/active");
        assertThat(active.statusCode()).isEqualTo(200);
        assertThat(json.readTree(active.body()).get("id").asText()).isEqualTo(id);

        HttpResponse<String> again = http.postJson(SESSIONS, "{\"type\":\"break\",\"plannedMinutes\":5}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).startsWith("{\"error\":\"INVALID_SESSION\"").contains(id.substring(0, 8));

        HttpResponse<String> ended = http.postJson(SESSIONS + "/active/end", "");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        JsonNode endedSession = json.readTree(ended.body());
        assertThat(endedSession.get("endTime").isNull()).isFalse();
        assertThat(endedSession.get("remainingSeconds").isNull()).isTrue();
        assertThat(endedSession.get("completed").asBoolean()).isFalse();

        assertThat(http.get(SESSIONS + "/active").statusCode()).isEqualTo(204);
        assertThat(http.postJson(SESSIONS + "/active/end", "").statusCode()).isEqualTo(409);

        HttpResponse<String> page = http.get(SESSIONS + "?limit=10&offset=0&from=2020-01-01T00:00:00Z");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(page.body());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("limit").asInt()).isEqualTo(10);
        assertThat(body.get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(http.get(SESSIONS + "/" + id).statusCode()).isEqualTo(200);
        assertThat(http.get(SESSIONS + "/no-such-id").statusCode()).isEqualTo(404);
    }

    @Test
    void strictSessionsRefuseToEndWithTheTimeLeft() throws Exception {
        assertThat(http.postJson(SESSIONS, "{\"type\":\"focus\",\"plannedMinutes\":45,\"strict\":true,\"label\":\"thesis\"}")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> refused = http.postJson(SESSIONS + "/active/end", "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).startsWith("{\"error\":\"INVALID_SESSION\"").contains("strict").contains("left");
        assertThat(http.get(SESSIONS + "/active").statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIs400AndChangesNothing() throws Exception {
        for (String body : new String[] { "{\"type\":\"focus\",\"plannedMinutes\":0}", "{\"type\":\"focus\",\"plannedMinutes\":721}",
            "{\"type\":\"nap\",\"plannedMinutes\":25}", "{\"plannedMinutes\":25}", "{\"type\":\"focus\"}", "{\"type\":\"focus\",\"plannedMinutes\":\"x\"}",
            "{\"type\":\"focus\",\"plannedMinutes\":25,\"colour\":\"red\"}", "[]", "" }) {
            HttpResponse<String> r = http.postJson(SESSIONS, body);
            assertThat(r.statusCode()).as(body + " -> " + r.body()).isEqualTo(400);
            assertThat(r.body()).startsWith("{\"error\":\"INVALID_INPUT\"");
        }
        for (String query : new String[] { "?limit=0", "?limit=501", "?offset=-1", "?from=yesterday",
            "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z" }) {
            assertThat(http.get(SESSIONS + query).statusCode()).as(query).isEqualTo(400);
        }
        assertThat(http.get(SESSIONS + "/active").statusCode()).isEqualTo(204);
        assertThat(json.readTree(http.get(SESSIONS).body()).get("total").asLong()).isZero();
        HttpResponse<String> delete = http.send(http.authorized(SESSIONS + "/active").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    private static Iterable<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
