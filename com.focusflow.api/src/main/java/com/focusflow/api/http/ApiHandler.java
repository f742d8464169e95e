package com.focusflow.api.http;

import org.osgi.annotation.versioning.ConsumerType;

/** Answers the requests of one {@link ApiRoute}. */
@ConsumerType
@FunctionalInterface
public interface ApiHandler {
    /**
     * Answers one request.
     *
     * @return the response; a returned body is written as JSON unless it is a {@link StreamingBody}
     * @throws com.focusflow.api.FocusFlowException for every error the client should see
     */
    ApiResponse handle(ApiRequest request);
}
