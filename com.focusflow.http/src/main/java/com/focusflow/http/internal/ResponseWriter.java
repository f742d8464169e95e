package com.focusflow.http.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiError;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.StreamingBody;
import com.focusflow.http.status.ErrorStatus;

/**
 * Writes API answers: JSON bodies, streamed downloads, and errors as {@code {"error", "message"}}. An answer
 * to {@code HEAD} has the headers the {@code GET} answer would have, without its body.
 */
final class ResponseWriter {

    void write(HttpServletResponse response, ApiResponse answer, boolean head) throws IOException {
        common(response, answer.status());
        Object body = answer.body();
        if (body == null) {
            return;
        }
        if (body instanceof StreamingBody streaming) {
            response.setContentType(answer.contentType());
            if (answer.fileName() != null) {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + answer.fileName() + "\"");
            }
            if (head) {
                return; // the length of a streamed body is not known before it is written
            }
            try (OutputStream out = response.getOutputStream()) {
                streaming.writeTo(out);
            }
            return;
        }
        json(response, body, head);
    }

    void error(HttpServletResponse response, int status, FocusFlowException e, boolean head) throws IOException {
        if (response.isCommitted()) {
            return; // a streamed body failed half way: nothing sensible can follow the bytes already sent
        }
        response.resetBuffer();
        common(response, status);
        if (e.kind() == ErrorKind.UNAVAILABLE) {
            response.setHeader("Retry-After", Integer.toString(ErrorStatus.RETRY_AFTER_SECONDS));
        }
        json(response, ApiError.of(e), head);
    }

    private void json(HttpServletResponse response, Object body, boolean head) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        response.setContentType(ApiResponse.JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        if (!head) {
            response.getOutputStream().write(bytes);
        }
    }

    private static void common(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
