package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.session.SessionType;

/**
 * The API whiteboard end to end: a resource registered as a service is served under /focusflow/api/v1 with
 * JSON in and out, and every error becomes {"error", "message"} with its kind's status.
 */
class ApiDispatcherTest {

    /** What the echo resource expects in a POST body. */
    public record Greeting(String name, int count, SessionType type) {
    }

    static final class EchoResource implements ApiResource {
        @Override
        public ApiResponse handle(ApiRequest request) {
            return switch (request.method() + " " + request.path()) {
                case "POST " -> ApiResponse.created(request.body(Greeting.class));
                case "GET /page" -> ApiResponse.ok(new Greeting("page", request.queryInt("limit", 20, 1, 100), SessionType.BREAK));
                case "GET /conflict" -> throw FocusFlowException.conflict("already there");
                case "GET /session" -> throw FocusFlowException.invalidSession("no session is running");
                case "GET /bug" -> throw new IllegalStateException("a bug with a secret inside");
                case "GET /empty" -> ApiResponse.noContent();
                case "GET /download" -> ApiResponse.download("text/plain", "hello.txt",
                        out -> out.write("streamed".getBytes(StandardCharsets.UTF_8)));
                default -> throw FocusFlowException.notFound("%s %s is not here", request.method(), request.path());
            };
        }
    }

    @InjectBundleContext
    BundleContext context;

    FocusFlowHttp http;
    ServiceRegistration<ApiResource> registration;

    @BeforeEach
    void register() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ApiResource.PATH, "/itest/echo");
        registration = context.registerService(ApiResource.class, new EchoResource(), props);
        http = FocusFlowHttp.connect(context);
        http.awaitStatus("/focusflow/api/v1/itest/echo/empty", 204);
    }

    @AfterEach
    void unregister() {
        registration.unregister();
    }

    @Test
    void jsonBodyIsReadIntoARecordAndWrittenBack() throws Exception {
        HttpResponse<String> r = http.postJson("/focusflow/api/v1/itest/echo", "{\"name\":\"Ada\",\"count\":3,\"type\":\"FOCUS\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.body()).isEqualTo("{\"name\":\"Ada\",\"count\":3,\"type\":\"focus\"}");
    }

    @Test
    void malformedBodiesAreInvalidInputNamingTheProblem() throws Exception {
        assertError(http.postJson("/focusflow/api/v1/itest/echo", "{\"name\":\"Ada\",\"count\":\"three\"}"), 400,
                ErrorKind.INVALID_INPUT, "count");
        assertError(http.postJson("/focusflow/api/v1/itest/echo", "{\"name\":\"Ada\",\"count\":1,\"colour\":1}"), 400,
                ErrorKind.INVALID_INPUT, "colour");
        assertError(http.postJson("/focusflow/api/v1/itest/echo", "{\"name\":"), 400, ErrorKind.INVALID_INPUT, "malformed");
        assertError(http.postJson("/focusflow/api/v1/itest/echo", ""), 400, ErrorKind.INVALID_INPUT, "body is required");
        assertError(http.get("/focusflow/api/v1/itest/echo/page?limit=500"), 400, ErrorKind.INVALID_INPUT, "limit");
    }

    @Test
    void errorKindsMapToTheirStatus() throws Exception {
        assertError(http.get("/focusflow/api/v1/itest/echo/conflict"), 409, ErrorKind.CONFLICT, "already there");
        assertError(http.get("/focusflow/api/v1/itest/echo/session"), 409, ErrorKind.INVALID_SESSION, "no session");
        assertError(http.get("/focusflow/api/v1/itest/echo/nowhere"), 404, ErrorKind.NOT_FOUND, "not here");
        assertError(http.get("/focusflow/api/v1/no-such-resource"), 404, ErrorKind.NOT_FOUND, "no API resource");
    }

    @Test
    void aBugIsA500WithoutItsDetails() throws Exception {
        HttpResponse<String> r = http.get("/focusflow/api/v1/itest/echo/bug");
        assertError(r, 500, ErrorKind.IO, "log");
        assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    @Test
    void queryParametersAndDownloads() throws Exception {
        assertThat(http.get("/focusflow/api/v1/itest/echo/page?limit=7").body()).contains("\"count\":7").contains("\"break\"");
        HttpResponse<String> download = http.get("/focusflow/api/v1/itest/echo/download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("streamed");
        assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"hello.txt\"");
    }

    @Test
    void crossSiteStateChangesAreRefused() throws Exception {
        String body = "{\"name\":\"Ada\",\"count\":1,\"type\":\"focus\"}";
        HttpRequest foreignOrigin = http.authorized("/focusflow/api/v1/itest/echo").header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertError(http.send(foreignOrigin), 403, ErrorKind.PERMISSION_DENIED, "Origin");
        HttpRequest form = http.authorized("/focusflow/api/v1/itest/echo").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Ada")).build();
        assertError(http.send(form), 403, ErrorKind.PERMISSION_DENIED, "application/json");
    }

    @Test
    void unregisteredResourcesDisappear() throws Exception {
        registration.unregister();
        registration = context.registerService(ApiResource.class, new EchoResource(), new Hashtable<>(
                java.util.Map.of(ApiResource.PATH, "/itest/other")));
        assertError(http.get("/focusflow/api/v1/itest/echo/empty"), 404, ErrorKind.NOT_FOUND, "no API resource");
        assertThat(http.get("/focusflow/api/v1/itest/other/empty").statusCode()).isEqualTo(204);
    }

    private static void assertError(HttpResponse<String> r, int status, ErrorKind kind, String messagePart) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).startsWith("{\"error\":\"" + kind.name() + "\",\"message\":\"").contains(messagePart);
    }
}
