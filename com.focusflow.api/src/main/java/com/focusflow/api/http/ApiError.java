package com.focusflow.api.http;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import java.util.Objects;

/**
 * The JSON body of every error response: {@code {"error": "INVALID_INPUT", "message": "..."}}. The HTTP
 * bundle chooses the status from the kind.
 *
 * @param error the kind of error
 * @param message the user-facing message
 */
public record ApiError(ErrorKind error, String message) {
    /** Rejects a null kind or message. */
    public ApiError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }

    /** The error body for {@code e}. */
    public static ApiError of(FocusFlowException e) {
        return new ApiError(e.kind(), e.getMessage());
    }
}
