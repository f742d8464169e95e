package com.focusflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.focusflow.api.schedule.ScheduleAction;
import org.junit.jupiter.api.Test;

class WireFormTest {

    @Test
    void parsesTheWireFormIgnoringCaseAndBlanks() {
        assertThat(WireForm.parse(ScheduleAction.class, "action", " Block ")).isEqualTo(ScheduleAction.BLOCK);
        assertThat(ScheduleAction.parse("FOCUS")).isEqualTo(ScheduleAction.FOCUS);
    }

    @Test
    void anUnknownValueNamesWhatWasParsedTheTextAndTheAllowedValues() {
        FocusFlowException e = catchThrowableOfType(FocusFlowException.class, () -> ScheduleAction.parse(" nap "));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(e.getMessage()).isEqualTo("action 'nap' is unknown; allowed: block, focus");
    }

    @Test
    void aMissingValueIsRequired() {
        for (String missing : new String[] {null, "", "  "}) {
            FocusFlowException e = catchThrowableOfType(FocusFlowException.class, () -> ScheduleAction.parse(missing));
            assertThat(e.getMessage()).isEqualTo("action is required; allowed: block, focus");
        }
    }
}
