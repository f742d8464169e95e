package com.focusflow.http.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.focusflow.api.http.ApiResource;

/**
 * The registered {@link ApiResource}s by path. A request path goes to the longest registered path that
 * is a prefix of it on a segment boundary; among equal paths the highest service ranking wins. Paths
 * once registered are remembered: a request for one whose resource is gone is "unavailable", not "not found".
 */
final class ApiRoutes {

    record Route(String path, int ranking, long serviceId, RouteTable table) {
        boolean matches(String requestPath) {
            return requestPath.equals(path) || requestPath.startsWith(path + "/");
        }
    }

    /** A resolved request: the resource's routes, its prefix and the rest of the path after it. */
    record Match(RouteTable table, String prefix, String remainder) {
    }

    private static final Comparator<Route> PREFERENCE = Comparator
            .comparingInt((Route r) -> r.path().length())
            .thenComparingInt(Route::ranking)
            .thenComparing(Comparator.comparingLong(Route::serviceId).reversed());

    private final CopyOnWriteArrayList<Route> routes = new CopyOnWriteArrayList<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    void add(Route route) {
        routes.add(route);
        known.add(route.path());
    }

    void remove(long serviceId) {
        routes.removeIf(r -> r.serviceId() == serviceId);
    }

    Optional<Match> find(String requestPath) {
        String path = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        return routes.stream()
                .filter(r -> r.matches(path))
                .max(PREFERENCE)
                .map(r -> new Match(r.table(), r.path(), path.substring(r.path().length())));
    }

    /** The once registered path that {@code requestPath} would go to if its resource were there. */
    Optional<String> formerPath(String requestPath) {
        String path = requestPath == null ? "" : requestPath;
        return known.stream().filter(k -> path.equals(k) || path.startsWith(k + "/"))
                .max(Comparator.comparingInt(String::length));
    }

    /** A valid resource path: starts with '/', no trailing '/', not empty. */
    static boolean isValidPath(Object path) {
        return path instanceof String s && s.length() > 1 && s.startsWith("/") && !s.endsWith("/");
    }
}
