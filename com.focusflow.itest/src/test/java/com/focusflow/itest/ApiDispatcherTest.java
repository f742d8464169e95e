package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;
import com.focusflow.api.session.SessionType;

/**
 * The API whiteboard end to end: a resource registered as a service is served under /focusflow/api/v1 with
 * JSON in and out, routing by the resource's route table (404, 405 with Allow, HEAD), and every error becomes
 * {"error", "message"} with its kind's status.
 */
class ApiDispatcherTest {

    /** What the echo resource expects in a POST body. */
    public record Greeting(String name, int count, SessionType type) {
    }

    static final class EchoResource implements ApiResource {
        @Override
        public List<ApiRoute> routes() {
            return List.of(
                    ApiRoute.post("", request -> ApiResponse.created(request.body(Greeting.class))),
                    ApiRoute.get("/page", request -> ApiResponse.ok(
                            new Greeting("page", request.queryInt("limit", 20, 1, 100), SessionType.BREAK))),
                    ApiRoute.get("/conflict", request -> {
                        throw FocusFlowException.conflict("already there");
                    }),
                    ApiRoute.get("/session", request -> {
                        throw FocusFlowException.invalidSession("no session is running");
                    }),
                    ApiRoute.get("/restarting", request -> {
                        throw FocusFlowException.unavailable("restarting");
                    }),
                    ApiRoute.get("/bug", request -> {
                        throw new IllegalStateException("a bug with a secret inside");
                    }),
                    ApiRoute.get("/empty", request -> ApiResponse.noContent()),
                    ApiRoute.get("/items/{id}", request -> ApiResponse.ok(new Greeting(request.pathParameter("id"), 1,
                            SessionType.FOCUS))),
                    ApiRoute.delete("/items/{id}", request -> ApiResponse.noContent()),
                    ApiRoute.get("/download", request -> ApiResponse.download("text/plain", "hello.txt",
                            out -> out.write("streamed".getBytes(StandardCharsets.UTF_8)))));
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
        assertError(http.get("/focusflow/api/v1/itest/echo/nowhere"), 404, ErrorKind.NOT_FOUND,
                "GET /itest/echo/items/{id}");
        HttpResponse<String> unavailable = http.get("/focusflow/api/v1/itest/echo/restarting");
        assertError(unavailable, 503, ErrorKind.UNAVAILABLE, "restarting");
        assertThat(unavailable.headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void aPathParameterReachesTheHandler() throws Exception {
        assertThat(http.get("/focusflow/api/v1/itest/echo/items/a7").body()).contains("\"name\":\"a7\"");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() throws Exception {
        HttpResponse<String> r = http.send(http.authorized("/focusflow/api/v1/itest/echo/items/a7")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertError(r, 405, ErrorKind.INVALID_INPUT, "PUT is not allowed");
        assertThat(r.headers().firstValue("Allow")).contains("DELETE, GET, HEAD");
        HttpResponse<String> post = http.postJson("/focusflow/api/v1/itest/echo/page", "{}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @Test
    void headIsAnsweredWhereGetIsWithoutABody() throws Exception {
        HttpResponse<String> get = http.get("/focusflow/api/v1/itest/echo/page?limit=7");
        HttpResponse<String> head = http.send(http.authorized("/focusflow/api/v1/itest/echo/page?limit=7")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).isEqualTo(get.headers().firstValue("Content-Length"));
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
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
    void anUnregisteredResourceIsUnavailableNotUnknown() throws Exception {
        registration.unregister();
        registration = context.registerService(ApiResource.class, new EchoResource(), new Hashtable<>(
                java.util.Map.of(ApiResource.PATH, "/itest/other")));
        HttpResponse<String> gone = http.get("/focusflow/api/v1/itest/echo/empty");
        assertError(gone, 503, ErrorKind.UNAVAILABLE, "/itest/echo is being updated");
        assertThat(gone.headers().firstValue("Retry-After")).contains("1");
        assertThat(http.get("/focusflow/api/v1/itest/other/empty").statusCode()).isEqualTo(204);
    }

    private static void assertError(HttpResponse<String> r, int status, ErrorKind kind, String messagePart) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).startsWith("{\"error\":\"" + kind.name() + "\",\"message\":\"").contains(messagePart);
    }
}
