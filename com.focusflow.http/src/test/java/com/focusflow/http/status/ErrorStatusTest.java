package com.focusflow.http.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;

class ErrorStatusTest {

    @Test
    void everyKindMapsToTheStatusTheHttpContractNames() {
        Map<ErrorKind, Integer> expected = new EnumMap<>(ErrorKind.class);
        expected.put(ErrorKind.INVALID_INPUT, 400);
        expected.put(ErrorKind.PERMISSION_DENIED, 403);
        expected.put(ErrorKind.NOT_FOUND, 404);
        expected.put(ErrorKind.INVALID_SESSION, 409);
        expected.put(ErrorKind.CONFLICT, 409);
        expected.put(ErrorKind.DATABASE, 500);
        expected.put(ErrorKind.IO, 500);
        expected.put(ErrorKind.UNAVAILABLE, 503);

        assertThat(ErrorKind.values()).hasSize(expected.size());
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(ErrorStatus.of(kind)).as(kind.name()).isEqualTo(expected.get(kind));
        }
    }
}
