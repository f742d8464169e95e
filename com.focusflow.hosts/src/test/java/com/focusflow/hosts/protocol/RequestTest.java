package com.focusflow.hosts.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.focusflow.testing.Tries;

class RequestTest {

    @Test
    void theThreeOperationsParse() {
        assertThat(Request.parse("{\"v\":1,\"op\":\"status\"}")).isEqualTo(new Request.Status());
        assertThat(Request.parse(" {\"op\":\"release\", \"v\":1.0} ")).isEqualTo(new Request.Release());
        assertThat(Request.parse("{\"v\":1,\"op\":\"engage\",\"names\":[\"b.com\",\"a.com\",\"b.com\"],"
                + "\"strictUntil\":\"2030-01-01T12:00:00Z\"}"))
                .isEqualTo(new Request.Engage(List.of("a.com", "b.com"), Instant.parse("2030-01-01T12:00:00Z")));
        assertThat(Request.parse("{\"v\":1,\"op\":\"engage\",\"names\":[],\"strictUntil\":null}"))
                .isEqualTo(new Request.Engage(List.of(), null));
    }

    @Test
    void aRequestSurvivesItsOwnJson() {
        Request engage = new Request.Engage(List.of("youtube.com", "xn--strae-oqa.de"), Instant.parse("2031-02-03T04:05:06Z"));
        assertThat(Request.parse(engage.toJson())).isEqualTo(engage);
        assertThat(Request.parse(new Request.Status().toJson())).isEqualTo(new Request.Status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`not json`|BAD_REQUEST|not valid JSON",
            "`[1]`|BAD_REQUEST|one JSON object",
            "`{\"op\":\"status\"}`|BAD_REQUEST|'v'",
            "`{\"v\":\"1\",\"op\":\"status\"}`|BAD_REQUEST|'v'",
            "`{\"v\":2,\"op\":\"status\"}`|UNSUPPORTED_VERSION|version 2",
            "`{\"v\":1}`|BAD_REQUEST|'op'",
            "`{\"v\":1,\"op\":\"format-disk\"}`|UNKNOWN_OP|format-disk",
            "`{\"v\":1,\"op\":\"status\",\"x\":1}`|BAD_REQUEST|'x'",
            "`{\"v\":1,\"op\":\"status\",\"op\":\"release\"}`|BAD_REQUEST|duplicate key 'op'",
            "`{\"v\":1,\"op\":\"engage\"}`|BAD_REQUEST|'names'",
            "`{\"v\":1,\"op\":\"engage\",\"names\":\"a.com\"}`|BAD_REQUEST|'names'",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[\"a.com\",\"0.0.0.0 bank.com\"]}`|INVALID_NAME|names[1]",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[\"a.com\\nb.com\"]}`|INVALID_NAME|\\u000a",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[\"Bank.com\"]}`|INVALID_NAME|names[0]",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[\"localhost.localdomain\"]}`|INVALID_NAME|names[0]",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[7]}`|INVALID_NAME|non-string",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[],\"strictUntil\":\"tomorrow\"}`|BAD_REQUEST|'strictUntil'",
            "`{\"v\":1,\"op\":\"engage\",\"names\":[],\"strictUntil\":5}`|BAD_REQUEST|'strictUntil'",
            "`{\"v\":1,\"op\":\"status\"} {}`|BAD_REQUEST|after the value",
            "`{\"v\":1,\"op\":\"st\\ud800\"}`|BAD_REQUEST|lone surrogate" })
    void badRequestsAreRefusedNamingTheField(String line, ErrorKind kind, String message) {
        assertThatThrownBy(() -> Request.parse(line)).isInstanceOfSatisfying(ProtocolException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void tooManyNamesAreTooLarge() {
        List<String> names = new ArrayList<>(Collections.nCopies(Request.MAX_NAMES + 1, "\"a.com\""));
        assertThatThrownBy(() -> Request.parse("{\"v\":1,\"op\":\"engage\",\"names\":[" + String.join(",", names) + "]}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TOO_LARGE));
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        assertThatThrownBy(() -> Request.parse("[".repeat(100_000))).isInstanceOf(ProtocolException.class);
    }

    /** Whatever arrives: a refusal, or a request whose names are all plain blockable host names. */
    @Test
    void generatedLinesAreRefusedOrSafe() {
        Tries.check(5000, gen -> gen.string(200), line -> {
            try {
                Request request = Request.parse(line);
                if (request instanceof Request.Engage engage) {
                    assertThat(engage.names()).allMatch(n -> n.matches("[a-z0-9.-]+"));
                }
            } catch (ProtocolException refused) {
                assertThat(refused.getMessage()).doesNotContain("\n");
            }
        });
    }

    @Test
    void answersRoundTrip() {
        Answer refused = Answer.refused(ErrorKind.STRICT, "strict until 2030-01-01T00:00:00Z");
        assertThat(Answer.parse(refused.toJson())).isEqualTo(refused);
        Answer ok = Answer.parse(Answer.ok(java.util.Map.of("engaged", true, "owner", 1000L)).toJson());
        assertThat(ok.ok()).isTrue();
        assertThat(ok.fields()).containsEntry("engaged", true).containsKey("owner");
    }
}
