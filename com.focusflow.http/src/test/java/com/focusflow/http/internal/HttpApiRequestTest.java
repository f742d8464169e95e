package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

class HttpApiRequestTest {

    private static final long LIMIT = 64;

    record Start(String type, int minutes) {
    }

    private final HttpServletRequest servlet = mock(HttpServletRequest.class);
    private final HttpApiRequest request = new HttpApiRequest(servlet, Map.of("id", "42"), Json.mapper(), LIMIT);

    private void query(String name, String value) {
        when(servlet.getParameter(name)).thenReturn(value);
    }

    /** A body as a servlet container hands it over; declaredLength -1 is a chunked body. */
    private void body(String content, long declaredLength) throws IOException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        when(servlet.getContentLengthLong()).thenReturn(declaredLength);
        when(servlet.getInputStream()).thenReturn(new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        });
    }

    private void body(String content) throws IOException {
        body(content, content.getBytes(StandardCharsets.UTF_8).length);
    }

    private static void assertInvalidInput(Runnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(FocusFlowException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining(message);
    }

    @Test
    void methodAndPathParametersComeFromTheRequestAndItsRoute() {
        when(servlet.getMethod()).thenReturn("POST");

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.pathParameter("id")).isEqualTo("42");
        assertThatIllegalArgumentException().isThrownBy(() -> request.pathParameter("name"))
                .withMessageContaining("{name}");
    }

    @Test
    void blankQueryParameterCountsAsAbsent() {
        query("q", "   ");

        assertThat(request.query("q")).isEmpty();
        assertThat(request.query("missing")).isEmpty();
    }

    @Test
    void queryParameterIsStripped() {
        query("q", "  focus ");

        assertThat(request.query("q")).contains("focus");
    }

    @Test
    void queryIntGivesTheDefaultWhenAbsent() {
        assertThat(request.queryInt("limit", 20, 1, 100)).isEqualTo(20);
    }

    @Test
    void queryIntReadsAValueWithinItsRangeInclusive() {
        query("limit", " 100 ");
        assertThat(request.queryInt("limit", 20, 1, 100)).isEqualTo(100);

        query("limit", "1");
        assertThat(request.queryInt("limit", 20, 1, 100)).isEqualTo(1);
    }

    @Test
    void queryIntOutOfRangeNamesParameterRangeAndValue() {
        query("limit", "101");
        assertInvalidInput(() -> request.queryInt("limit", 20, 1, 100),
                "query parameter 'limit' must be between 1 and 100, not 101");

        query("limit", "0");
        assertInvalidInput(() -> request.queryInt("limit", 20, 1, 100), "not 0");
    }

    @Test
    void queryIntThatIsNotANumberNamesParameterAndValue() {
        query("limit", "ten");

        assertInvalidInput(() -> request.queryInt("limit", 20, 1, 100),
                "query parameter 'limit' must be a whole number, not 'ten'");
    }

    @Test
    void queryInstantReadsIsoTimesWithOffset() {
        query("from", "2026-01-05T10:30:00+01:00");

        assertThat(request.queryInstant("from")).contains(Instant.parse("2026-01-05T09:30:00Z"));
        assertThat(request.queryInstant("to")).isEmpty();
    }

    @Test
    void queryInstantWithoutOffsetIsRefusedNamingTheParameter() {
        query("from", "2026-01-05T09:30:00");

        assertInvalidInput(() -> request.queryInstant("from"), "query parameter 'from' must be an ISO-8601 time");
    }

    @Test
    void queryDateReadsIsoDates() {
        query("day", "2026-01-05");

        assertThat(request.queryDate("day")).contains(LocalDate.of(2026, 1, 5));
    }

    @Test
    void queryDateThatIsNotADateIsRefusedNamingTheParameterAndValue() {
        query("day", "05.01.2026");

        assertInvalidInput(() -> request.queryDate("day"),
                "query parameter 'day' must be an ISO-8601 date such as 2026-01-05, not '05.01.2026'");
    }

    @Test
    void bodyIsReadIntoTheType() throws IOException {
        body("{\"type\":\"focus\",\"minutes\":25}");

        assertThat(request.body(Start.class)).isEqualTo(new Start("focus", 25));
    }

    @Test
    void emptyBodyIsRefused() throws IOException {
        body("");

        assertInvalidInput(() -> request.body(Start.class), "a JSON body is required");
    }

    @Test
    void emptyChunkedBodyIsRefused() throws IOException {
        body("", -1);

        assertInvalidInput(() -> request.body(Start.class), "a JSON body is required");
    }

    @Test
    void nullBodyIsRefused() throws IOException {
        body("null");

        assertInvalidInput(() -> request.body(Start.class), "a JSON body is required, not null");
    }

    @Test
    void bodyThatDoesNotFitTheTypeNamesTheField() throws IOException {
        body("{\"type\":\"focus\",\"minutes\":\"long\"}");

        assertInvalidInput(() -> request.body(Start.class), "field 'minutes'");
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsRefusedBeforeReading() {
        when(servlet.getContentLengthLong()).thenReturn(LIMIT + 1);

        assertInvalidInput(() -> request.body(Start.class),
                "request body of 65 bytes is larger than the limit of 64 bytes");
        assertInvalidInput(request::bodyStream, "larger than the limit");
    }

    @Test
    void chunkedBodyOverTheLimitIsRefused() throws IOException {
        body("{\"type\":\"" + "x".repeat((int) LIMIT) + "\",\"minutes\":1}", -1);

        assertInvalidInput(() -> request.body(Start.class), "larger than the limit of 64 bytes");
    }

    @Test
    void largeChunkedBodyOverTheLimitIsRefusedAsTooLarge() throws IOException {
        HttpApiRequest large = new HttpApiRequest(servlet, Map.of(), Json.mapper(), 10_000);
        body("{\"type\":\"" + "x".repeat(20_000) + "\",\"minutes\":1}", -1);

        assertInvalidInput(() -> large.body(Start.class), "larger than the limit of 10000 bytes");
    }

    @Test
    void bodyStreamGivesTheRawBytesUpToTheLimit() throws IOException {
        String content = "x".repeat((int) LIMIT);
        body(content, -1);

        try (InputStream in = request.bodyStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(content);
        }
    }
}
