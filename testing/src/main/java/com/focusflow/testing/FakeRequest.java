package com.focusflow.testing;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;

/**
 * An API request as the HTTP bundle hands it over, already parsed (the body is a ready-made object), for
 * unit tests of an {@link ApiResource}: {@link #to} picks the route the way the HTTP bundle does (a literal
 * segment before a parameter) and fails with {@code NOT_FOUND} when no route has the method and path.
 */
public record FakeRequest(String method, String path, Map<String, String> query, Object body,
        Map<String, String> parameters) implements ApiRequest {

    public static FakeRequest of(String method, String path, Map<String, String> query, Object body) {
        return new FakeRequest(method, path, query, body, Map.of());
    }

    public static FakeRequest get(String path, Map<String, String> query) {
        return of("GET", path, query, null);
    }

    public static FakeRequest post(String path, Object body) {
        return of("POST", path, Map.of(), body);
    }

    /** Answers this request with the route of {@code resource} that has its method and path. */
    public ApiResponse to(ApiResource resource) {
        String[] wanted = segments(path);
        ApiRoute best = null;
        Map<String, String> bestParameters = null;
        int bestLiterals = -1;
        for (ApiRoute route : resource.routes()) {
            String[] pattern = segments(route.path());
            if (!route.method().equals(method) || pattern.length != wanted.length) {
                continue;
            }
            Map<String, String> captured = new HashMap<>();
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < pattern.length && matches; i++) {
                if (pattern[i].startsWith("{")) {
                    captured.put(pattern[i].substring(1, pattern[i].length() - 1), wanted[i]);
                } else {
                    matches = pattern[i].equals(wanted[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = route;
                bestParameters = captured;
                bestLiterals = literals;
            }
        }
        if (best == null) {
            throw FocusFlowException.notFound("no route %s %s", method, path);
        }
        return best.handler().handle(new FakeRequest(method, path, query, body, Map.copyOf(bestParameters)));
    }

    private static String[] segments(String path) {
        return path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
    }

    @Override
    public String pathParameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter {" + name + "}");
        }
        return value;
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    @Override
    public int queryInt(String name, int defaultValue, int min, int max) {
        int value = query(name).map(Integer::parseInt).orElse(defaultValue);
        if (value < min || value > max) {
            throw FocusFlowException.invalidInput("%s must be %d..%d", name, min, max);
        }
        return value;
    }

    @Override
    public Optional<Instant> queryInstant(String name) {
        return query(name).map(Instant::parse);
    }

    @Override
    public Optional<LocalDate> queryDate(String name) {
        return query(name).map(LocalDate::parse);
    }

    @Override
    public <T> T body(Class<T> type) {
        return type.cast(body);
    }

    @Override
    public InputStream bodyStream() {
        throw new UnsupportedOperationException("a fake request has a ready-made body; use body(type)");
    }
}
