package com.focusflow.http.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiError;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.StreamingBody;

/** Writes API answers: JSON bodies, streamed downloads, and errors as {@code {"error", "message"}}. */
final class ResponseWriter {

    void write(HttpServletResponse response, ApiResponse answer) throws IOException {
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
            try (OutputStream out = response.getOutputStream()) {
                streaming.writeTo(out);
            }
            return;
        }
        json(response, body);
    }

    void error(HttpServletResponse response, int status, FocusFlowException e) throws IOException {
        if (response.isCommitted()) {
            return; // a streamed body failed half way: nothing sensible can follow the bytes already sent
        }
        response.resetBuffer();
        common(response, status);
        json(response, ApiError.of(e));
    }

    private void json(HttpServletResponse response, Object body) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        response.setContentType(ApiResponse.JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void common(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
