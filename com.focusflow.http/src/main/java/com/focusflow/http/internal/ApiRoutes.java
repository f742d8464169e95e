package com.focusflow.http.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.focusflow.api.http.ApiResource;

/**
 * The registered {@link ApiResource}s by path. A request path goes to the longest registered path that
 * is a prefix of it on a segment boundary; among equal paths the highest service ranking wins.
 */
final class ApiRoutes {

    record Route(String path, int ranking, long serviceId, ApiResource resource) {
        boolean matches(String requestPath) {
            return requestPath.equals(path) || requestPath.startsWith(path + "/");
        }
    }

    /** A resolved request: the resource and the rest of the path after its prefix. */
    record Match(ApiResource resource, String remainder) {
    }

    private static final Comparator<Route> PREFERENCE = Comparator
            .comparingInt((Route r) -> r.path().length())
            .thenComparingInt(Route::ranking)
            .thenComparing(Comparator.comparingLong(Route::serviceId).reversed());

    private final CopyOnWriteArrayList<Route> routes = new CopyOnWriteArrayList<>();

    void add(Route route) {
        routes.add(route);
    }

    void remove(long serviceId) {
        routes.removeIf(r -> r.serviceId() == serviceId);
    }

    Optional<Match> find(String requestPath) {
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        return routes.stream()
                .filter(r -> r.matches(path))
                .max(PREFERENCE)
                .map(r -> new Match(r.resource(), path.substring(r.path().length())));
    }

    /** A valid resource path: starts with '/', no trailing '/', not empty. */
    static boolean isValidPath(Object path) {
        return path instanceof String s && s.length() > 1 && s.startsWith("/") && !s.endsWith("/");
    }
}
