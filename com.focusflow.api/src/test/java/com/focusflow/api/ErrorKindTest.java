package com.focusflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorKindTest {

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
        expected.put(ErrorKind.PROCESS_NOT_FOUND, 500);

        assertThat(ErrorKind.values()).hasSize(expected.size());
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(kind.httpStatus()).as(kind.name()).isEqualTo(expected.get(kind));
        }
    }
}
