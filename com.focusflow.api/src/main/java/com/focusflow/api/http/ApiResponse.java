package com.focusflow.api.http;

/**
 * What an {@link ApiResource} answers.
 *
 * @param status the HTTP status, 100..599
 * @param body written as JSON; a {@link StreamingBody} writes itself; null for no body
 * @param contentType the media type of a {@link StreamingBody}; {@value #JSON} otherwise
 * @param fileName for a download, the file name offered to the user (sent as
 *        {@code Content-Disposition: attachment}); null otherwise
 */
public record ApiResponse(int status, Object body, String contentType, String fileName) {
    /** The JSON media type. */
    public static final String JSON = "application/json";

    /** Rejects an impossible status; a null content type means JSON. */
    public ApiResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        if (contentType == null) {
            contentType = JSON;
        }
    }

    /** 200 with a JSON body. */
    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, JSON, null);
    }

    /** 201 with a JSON body, the created item. */
    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body, JSON, null);
    }

    /** 204 without body, e.g. {@code GET /sessions/active} with no session running. */
    public static ApiResponse noContent() {
        return new ApiResponse(204, null, JSON, null);
    }

    /** 200 with a streamed download, e.g. the export document. */
    public static ApiResponse download(String contentType, String fileName, StreamingBody body) {
        return new ApiResponse(200, body, contentType, fileName);
    }
}
