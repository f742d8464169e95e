package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.focusflow.api.http.ApiHandler;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;

class RouteTableTest {

    private final ApiHandler start = request -> ApiResponse.created("started");
    private final ApiHandler history = request -> ApiResponse.ok("history");
    private final ApiHandler active = request -> ApiResponse.ok("active");
    private final ApiHandler end = request -> ApiResponse.ok("ended");
    private final ApiHandler one = request -> ApiResponse.ok("one");

    private final RouteTable sessions = new RouteTable(List.of(ApiRoute.post("", start), ApiRoute.get("", history),
            ApiRoute.get("/{id}", one), ApiRoute.get("/active", active), ApiRoute.post("/active/end", end)));

    private ApiHandler handlerFor(String method, String path) {
        return ((RouteTable.Found) sessions.resolve(method, path)).route().handler();
    }

    @Test
    void methodAndPathChooseTheRoute() {
        assertThat(handlerFor("POST", "")).isSameAs(start);
        assertThat(handlerFor("GET", "")).isSameAs(history);
        assertThat(handlerFor("POST", "/active/end")).isSameAs(end);
    }

    @Test
    void aLiteralSegmentWinsOverAParameterWhateverTheOrder() {
        assertThat(handlerFor("GET", "/active")).isSameAs(active);
        assertThat(handlerFor("GET", "/0f8fad5b")).isSameAs(one);
    }

    @Test
    void parametersAreCaptured() {
        assertThat(((RouteTable.Found) sessions.resolve("GET", "/0f8fad5b")).parameters())
                .isEqualTo(Map.of("id", "0f8fad5b"));
    }

    @Test
    void headIsAnsweredByGet() {
        assertThat(handlerFor("HEAD", "/active")).isSameAs(active);
        assertThat(handlerFor("HEAD", "")).isSameAs(history);
    }

    @Test
    void aKnownPathWithAnotherMethodIsNotAllowedAndSaysWhatIs() {
        assertThat(sessions.resolve("DELETE", "")).isEqualTo(new RouteTable.MethodNotAllowed(List.of("GET", "HEAD", "POST")));
        assertThat(sessions.resolve("GET", "/active/end")).isEqualTo(new RouteTable.MethodNotAllowed(List.of("POST")));
        assertThat(sessions.resolve("PUT", "/x")).isEqualTo(new RouteTable.MethodNotAllowed(List.of("GET", "HEAD")));
    }

    @Test
    void anUnknownPathIsNoSuchPath() {
        assertThat(sessions.resolve("GET", "/a/b")).isInstanceOf(RouteTable.NoSuchPath.class);
        assertThat(sessions.resolve("POST", "/active/end/now")).isInstanceOf(RouteTable.NoSuchPath.class);
    }

    @Test
    void theDescriptionListsEveryRoute() {
        assertThat(sessions.describe("/sessions")).containsExactly("GET /sessions", "GET /sessions/active",
                "GET /sessions/{id}", "POST /sessions", "POST /sessions/active/end");
    }
}
