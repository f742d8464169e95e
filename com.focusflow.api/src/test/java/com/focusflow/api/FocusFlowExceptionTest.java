package com.focusflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FocusFlowExceptionTest {

    @Test
    void factoriesSetTheirKind() {
        assertThat(FocusFlowException.invalidInput("x").kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(FocusFlowException.notFound("x").kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(FocusFlowException.invalidSession("x").kind()).isEqualTo(ErrorKind.INVALID_SESSION);
        assertThat(FocusFlowException.conflict("x").kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(FocusFlowException.permissionDenied("x").kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(FocusFlowException.unavailable("x").kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(FocusFlowException.of(ErrorKind.IO, "x").kind()).isEqualTo(ErrorKind.IO);
    }

    @Test
    void formatsTheMessageWithArguments() {
        FocusFlowException e = FocusFlowException.invalidSession("session %s has %d s left", "abc", 42);

        assertThat(e).hasMessage("session abc has 42 s left").hasNoCause();
    }

    @Test
    void leavesAMessageWithoutArgumentsAlone() {
        // user input may contain '%': without arguments it must not be treated as a format
        assertThat(FocusFlowException.invalidInput("bad host 'a%zb%'")).hasMessage("bad host 'a%zb%'");
    }

    @Test
    void databaseAndIoKeepTheirCause() {
        IOException cause = new IOException("disk full");

        FocusFlowException io = FocusFlowException.io(cause, "cannot write %s", "/tmp/x");
        FocusFlowException db = FocusFlowException.database(cause, "cannot open the database");

        assertThat(io.kind()).isEqualTo(ErrorKind.IO);
        assertThat(io).hasMessage("cannot write /tmp/x").hasCause(cause);
        assertThat(db.kind()).isEqualTo(ErrorKind.DATABASE);
        assertThat(db).hasCause(cause);
    }

    @Test
    void isUnchecked() {
        assertThat(RuntimeException.class).isAssignableFrom(FocusFlowException.class);
    }

    @Test
    void requiresKindAndMessage() {
        assertThatNullPointerException().isThrownBy(() -> new FocusFlowException(null, "m"));
        assertThatNullPointerException().isThrownBy(() -> new FocusFlowException(ErrorKind.IO, null));
    }
}
