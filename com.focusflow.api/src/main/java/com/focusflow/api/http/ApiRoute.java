package com.focusflow.api.http;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One method on one path of an {@link ApiResource}. The path is relative to the resource's
 * {@link ApiResource#PATH}: {@code ""} for the resource itself, otherwise segments starting with {@code /};
 * a segment {@code {name}} matches any one segment and is read with {@link ApiRequest#pathParameter}.
 * A literal segment wins over a parameter: {@code /active} is preferred to {@code /{id}}.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param path the path pattern, e.g. {@code ""}, {@code "/active/end"} or {@code "/{id}"}
 * @param handler what answers
 */
public record ApiRoute(String method, String path, ApiHandler handler) {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern SEGMENT = Pattern.compile("[^/{}]+|\\{[A-Za-z][A-Za-z0-9]*\\}");

    /** Rejects an unknown method, a malformed path or a null handler. */
    public ApiRoute {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", not " + method);
        }
        Objects.requireNonNull(path, "path");
        if (!path.isEmpty() && (!path.startsWith("/")
                || !List.of(path.substring(1).split("/", -1)).stream().allMatch(s -> SEGMENT.matcher(s).matches()))) {
            throw new IllegalArgumentException("path must be empty or /segment/... with {name} parameters: " + path);
        }
        Objects.requireNonNull(handler, "handler");
    }

    /** A {@code GET} route; {@code HEAD} is answered by it too. */
    public static ApiRoute get(String path, ApiHandler handler) {
        return new ApiRoute("GET", path, handler);
    }

    /** A {@code POST} route. */
    public static ApiRoute post(String path, ApiHandler handler) {
        return new ApiRoute("POST", path, handler);
    }

    /** A {@code PUT} route. */
    public static ApiRoute put(String path, ApiHandler handler) {
        return new ApiRoute("PUT", path, handler);
    }

    /** A {@code DELETE} route. */
    public static ApiRoute delete(String path, ApiHandler handler) {
        return new ApiRoute("DELETE", path, handler);
    }
}
