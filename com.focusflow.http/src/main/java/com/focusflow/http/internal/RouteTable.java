package com.focusflow.http.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.focusflow.api.http.ApiRoute;

/**
 * One resource's routes, matched against the path after the resource's prefix: the path decides whether
 * the resource has it at all (404), the method which route answers (405 with the allowed methods), and
 * {@code HEAD} is answered by the {@code GET} route.
 */
final class RouteTable {

    /** The outcome of {@link RouteTable#resolve}: exactly one of its cases. */
    sealed interface Resolution {
    }

    /** No route has this path. */
    record NoSuchPath() implements Resolution {
    }

    /** Routes have this path, none with this method. */
    record MethodNotAllowed(List<String> allowed) implements Resolution {
    }

    /** The route that answers, with the path parameters it captured. */
    record Found(ApiRoute route, Map<String, String> parameters) implements Resolution {
    }

    private record Compiled(ApiRoute route, String[] segments, long literals) {
        static Compiled of(ApiRoute route) {
            String[] segments = split(route.path());
            long literals = Arrays.stream(segments).filter(s -> !isParameter(s)).count();
            return new Compiled(route, segments, literals);
        }

        Optional<Map<String, String>> match(String[] path) {
            if (path.length != segments.length) {
                return Optional.empty();
            }
            Map<String, String> parameters = new HashMap<>();
            for (int i = 0; i < segments.length; i++) {
                if (isParameter(segments[i])) {
                    parameters.put(segments[i].substring(1, segments[i].length() - 1), path[i]);
                } else if (!segments[i].equals(path[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }
    }

    private final List<Compiled> routes;

    RouteTable(List<ApiRoute> routes) {
        this.routes = routes.stream().map(Compiled::of)
                .sorted(Comparator.comparingLong(Compiled::literals).reversed()).toList();
    }

    Resolution resolve(String method, String remainder) {
        String[] path = split(remainder);
        String wanted = "HEAD".equals(method) ? "GET" : method;
        TreeSet<String> allowed = new TreeSet<>();
        for (Compiled candidate : routes) {
            Optional<Map<String, String>> parameters = candidate.match(path);
            if (parameters.isEmpty()) {
                continue;
            }
            if (candidate.route().method().equals(wanted)) {
                return new Found(candidate.route(), parameters.get());
            }
            allowed.add(candidate.route().method());
        }
        if (allowed.isEmpty()) {
            return new NoSuchPath();
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return new MethodNotAllowed(new ArrayList<>(allowed));
    }

    /** The route paths, for a helpful 404 message. */
    List<String> describe(String prefix) {
        return routes.stream().map(c -> c.route().method() + " " + prefix + c.route().path()).sorted().toList();
    }

    private static String[] split(String path) {
        return path == null || path.isEmpty() || "/".equals(path) ? new String[0] : path.substring(1).split("/", -1);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }
}
