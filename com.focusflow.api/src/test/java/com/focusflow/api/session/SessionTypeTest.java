package com.focusflow.api.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTypeTest {

    @Test
    void parsesWireFormsLeniently() {
        assertThat(SessionType.parse("focus")).isEqualTo(SessionType.FOCUS);
        assertThat(SessionType.parse(" Break ")).isEqualTo(SessionType.BREAK);
        assertThat(SessionType.parse("CUSTOM")).isEqualTo(SessionType.CUSTOM);
    }

    @Test
    void writesItsWireFormInLowerCase() {
        for (SessionType type : SessionType.values()) {
            assertThat(type.toString()).isEqualTo(type.value()).isEqualTo(type.name().toLowerCase());
            assertThat(SessionType.parse(type.toString())).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "nap", "focus2", "fo cus"})
    void refusesAnythingElseNamingTheAllowedValues(String text) {
        FocusFlowException e = catchThrowableOfType(FocusFlowException.class, () -> SessionType.parse(text));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(e.getMessage()).contains("focus, break, custom");
    }
}
