package com.focusflow.api.http;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JSON resource under {@value #BASE_PATH}, registered as an OSGi service (whiteboard) with the
 * service property {@value #PATH}, e.g.
 * {@code @Component(property = ApiResource.PATH + "=/sessions")}. A request goes to the resource with
 * the longest path that is a prefix of the request path on a segment boundary; {@code /sessions} gets
 * {@code /sessions}, {@code /sessions/active} and {@code /sessions/active/end}. Of two resources with
 * the same path the one with the highest service ranking is used.
 */
@ConsumerType
public interface ApiResource {
    /** Where every resource lives, below the HTTP root. */
    String BASE_PATH = "/focusflow/api/v1";
    /**
     * Service property: the resource's path below {@value #BASE_PATH}, starting with {@code /} and
     * without a trailing {@code /}, e.g. {@code "/sessions"}.
     */
    String PATH = "focusflow.api.path";

    /**
     * Answers one request; called concurrently from several threads.
     *
     * @return the response; a returned body is written as JSON unless it is a {@link StreamingBody}
     * @throws com.focusflow.api.FocusFlowException for every error the client should see; an unknown
     *         sub-path or unsupported method is {@code NOT_FOUND}, naming the method and path
     */
    ApiResponse handle(ApiRequest request);
}
