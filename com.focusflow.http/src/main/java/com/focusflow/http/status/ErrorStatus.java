package com.focusflow.http.status;

import com.focusflow.api.ErrorKind;

/**
 * The one place where an {@link ErrorKind} becomes an HTTP status. Private to the HTTP bundle; the console
 * bundle takes a copy at build time (bnd {@code -conditionalpackage}) so both answer alike.
 */
public final class ErrorStatus {

    /** Seconds a client is asked to wait ({@code Retry-After}) when a service is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private ErrorStatus() {
    }

    /** The HTTP status an error of {@code kind} is answered with. */
    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case PERMISSION_DENIED -> 403;
            case NOT_FOUND -> 404;
            case INVALID_SESSION, CONFLICT -> 409;
            case UNAVAILABLE -> 503;
            case DATABASE, IO -> 500;
        };
    }
}
