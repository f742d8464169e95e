package com.focusflow.http.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import com.focusflow.api.FocusFlowException;

/**
 * Stops cross-site request forgery of state-changing requests. A browser that holds the user's Basic
 * credentials would send them with a request forged by another site; such requests give themselves away:
 * a foreign {@code Origin}, {@code Sec-Fetch-Site: cross-site}, or a body type that an HTML form can send
 * without a CORS preflight. Scripts (curl, the UI) send none of these. The API applies all three rules
 * ({@link #check}); the Web Console's pages post ordinary HTML forms, so there only the origin rules
 * apply ({@link #checkOrigin}, through {@link CrossSiteFilter}).
 */
final class CrossSiteGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private CrossSiteGuard() {
    }

    static void check(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        checkOrigin(request);
        String type = request.getContentType();
        if (type != null && FORM_TYPES.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))) {
            throw refused("its body is " + type + "; send application/json");
        }
    }

    /** The origin rules alone: a state-changing request must come from this server's own pages or a script. */
    static void checkOrigin(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw refused("it comes from another site (Sec-Fetch-Site: " + fetchSite + ")");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            throw refused("its Origin " + origin + " is not this server");
        }
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static FocusFlowException refused(String why) {
        return FocusFlowException.permissionDenied("request refused as possible cross-site request forgery: %s", why);
    }
}
