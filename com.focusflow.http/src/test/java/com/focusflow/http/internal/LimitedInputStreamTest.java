package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

class LimitedInputStreamTest {

    private static InputStream limited(int size, long limit) {
        return new LimitedInputStream(new ByteArrayInputStream(new byte[size]), limit);
    }

    @Test
    void readsAStreamOfExactlyTheLimit() throws IOException {
        assertThat(limited(10, 10).readAllBytes()).hasSize(10);
    }

    @Test
    void refusesToReadPastTheLimitInBulk() {
        InputStream in = limited(11, 10);

        assertThatThrownBy(in::readAllBytes)
                .isInstanceOfSatisfying(FocusFlowException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("limit of 10 bytes");
    }

    @Test
    void refusesToReadPastTheLimitByteByByte() throws IOException {
        InputStream in = limited(11, 10);
        for (int i = 0; i < 10; i++) {
            assertThat(in.read()).isZero();
        }

        assertThatThrownBy(in::read).isInstanceOf(FocusFlowException.class);
    }

    @Test
    void countsSingleAndBulkReadsTogether() throws IOException {
        InputStream in = limited(11, 10);
        in.read();
        in.read(new byte[5], 0, 5);

        assertThatThrownBy(() -> in.read(new byte[5], 0, 5)).isInstanceOf(FocusFlowException.class);
    }

    @Test
    void endOfStreamIsNotCounted() throws IOException {
        InputStream in = limited(3, 3);
        in.readAllBytes();

        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }
}
