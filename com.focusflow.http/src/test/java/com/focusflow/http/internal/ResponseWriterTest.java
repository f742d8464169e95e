package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.StreamingBody;

class ResponseWriterTest {

    record Session(String type, Instant start) {
    }

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ResponseWriter writer = new ResponseWriter();
    private boolean outputClosed;

    @BeforeEach
    void setUp() throws IOException {
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                sent.write(b);
            }

            @Override
            public void close() {
                outputClosed = true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private String body() {
        return sent.toString(StandardCharsets.UTF_8);
    }

    private void verifyNoStoreNoSniff() {
        verify(response).setHeader("Cache-Control", "no-store");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
    }

    @Test
    void writesJsonBodyWithStatusTypeAndLength() throws IOException {
        writer.write(response, ApiResponse.created(new Session("focus", Instant.parse("2026-01-05T09:30:00Z"))), false);

        String expected = "{\"type\":\"focus\",\"start\":\"2026-01-05T09:30:00Z\"}";
        assertThat(body()).isEqualTo(expected);
        verify(response).setStatus(201);
        verify(response).setContentType("application/json");
        verify(response).setCharacterEncoding("UTF-8");
        verify(response).setContentLength(expected.getBytes(StandardCharsets.UTF_8).length);
        verifyNoStoreNoSniff();
    }

    @Test
    void noContentWritesStatusAndHeadersOnly() throws IOException {
        writer.write(response, ApiResponse.noContent(), false);

        verify(response).setStatus(204);
        verifyNoStoreNoSniff();
        verify(response, never()).getOutputStream();
        assertThat(body()).isEmpty();
    }

    @Test
    void streamingBodyIsWrittenAsADownload() throws IOException {
        writer.write(response, ApiResponse.download("application/zip", "focusflow-export.zip",
                out -> out.write("PK-bytes".getBytes(StandardCharsets.US_ASCII))), false);

        assertThat(body()).isEqualTo("PK-bytes");
        assertThat(outputClosed).isTrue();
        verify(response).setStatus(200);
        verify(response).setContentType("application/zip");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"focusflow-export.zip\"");
        verifyNoStoreNoSniff();
    }

    @Test
    void streamingBodyWithoutFileNameHasNoContentDisposition() throws IOException {
        writer.write(response, new ApiResponse(200, (StreamingBody) out -> out.write('x'),
                "text/csv", null), false);

        assertThat(body()).isEqualTo("x");
        verify(response).setContentType("text/csv");
        verify(response, never()).setHeader(eq("Content-Disposition"), anyString());
    }

    @Test
    void errorIsWrittenAsKindAndMessageWithTheGivenStatus() throws IOException {
        writer.error(response, 400, FocusFlowException.invalidInput("field 'minutes' is \"wrong\""), false);

        assertThat(body()).isEqualTo("{\"error\":\"INVALID_INPUT\",\"message\":\"field 'minutes' is \\\"wrong\\\"\"}");
        verify(response).resetBuffer();
        verify(response).setStatus(400);
        verify(response).setContentType("application/json");
        verifyNoStoreNoSniff();
    }

    @Test
    void errorAfterTheResponseIsCommittedWritesNothing() throws IOException {
        HttpServletResponse committed = mock(HttpServletResponse.class);
        when(committed.isCommitted()).thenReturn(true);

        writer.error(committed, 500, FocusFlowException.notFound("gone"), false);

        verify(committed).isCommitted();
        verify(committed, never()).setStatus(anyInt());
        verify(committed, never()).getOutputStream();
    }

    @Test
    void unavailableAsksTheClientToRetryAfterASecond() throws IOException {
        writer.error(response, 503, FocusFlowException.unavailable("FocusFlow is still starting"), false);

        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "1");
        assertThat(body()).contains("\"error\":\"UNAVAILABLE\"");
    }

    @Test
    void headGetsTheHeadersOfGetWithoutTheBody() throws IOException {
        writer.write(response, ApiResponse.ok(new Session("focus", Instant.parse("2026-01-05T09:30:00Z"))), true);
        writer.write(response, ApiResponse.download("application/zip", "x.zip", out -> out.write('x')), true);

        assertThat(body()).isEmpty();
        verify(response).setContentLength(anyInt());
        verify(response).setContentType("application/zip");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"x.zip\"");
    }
}
