package com.focusflow.http.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.servlet.http.HttpServletRequest;

import com.focusflow.api.http.ApiResource;

/**
 * The path a request is routed by, for the guards that decide by path. The raw request URI is not it:
 * {@code /focusflow/api/v1/../../../system/console/...} is routed to the console. A request counts as an
 * API request only when both the container's path and the canonical form of the raw URI say so.
 */
final class RequestPaths {

    static final String CONSOLE_ROOT = "/system/console";

    private RequestPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        return isUnder(routed(request), ApiResource.BASE_PATH) && isUnder(canonical(request.getRequestURI()), ApiResource.BASE_PATH);
    }

    static boolean isConsole(HttpServletRequest request) {
        return isUnder(routed(request), CONSOLE_ROOT) || isUnder(canonical(request.getRequestURI()), CONSOLE_ROOT);
    }

    /** The path below {@code root} the request is routed to ("" for the root itself), by the container's path. */
    static String below(HttpServletRequest request, String root) {
        String path = routed(request);
        return isUnder(path, root) ? path.substring(root.length()) : path;
    }

    /** The container's decoded, normalised path: servlet path plus path info. */
    static String routed(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? canonical(request.getRequestURI()) : path;
    }

    static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** A raw URI path with path parameters dropped, %-escapes decoded and dot segments resolved. */
    static String canonical(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String raw : rawPath.split("/", -1)) {
            int parameters = raw.indexOf(';');
            String segment = decode(parameters < 0 ? raw : raw.substring(0, parameters));
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String path = "/" + String.join("/", segments);
        return rawPath.endsWith("/") && !segments.isEmpty() ? path + "/" : path;
    }

    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < segment.length()) {
            if (segment.charAt(i) == '%' && i + 2 < segment.length() && hex(segment.charAt(i + 1)) >= 0
                    && hex(segment.charAt(i + 2)) >= 0) {
                bytes.write(hex(segment.charAt(i + 1)) * 16 + hex(segment.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = segment.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
