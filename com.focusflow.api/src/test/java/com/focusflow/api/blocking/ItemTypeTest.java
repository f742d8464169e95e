package com.focusflow.api.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import org.junit.jupiter.api.Test;

class ItemTypeTest {

    @Test
    void parsesWireFormsAndTheGogoSpelling() {
        assertThat(ItemType.parse("app")).isEqualTo(ItemType.APP);
        assertThat(ItemType.parse("Website")).isEqualTo(ItemType.WEBSITE);
        assertThat(ItemType.parse(" site ")).isEqualTo(ItemType.WEBSITE);
        assertThat(ItemType.WEBSITE).hasToString("website");
        assertThat(ItemType.APP).hasToString("app");
    }

    @Test
    void refusesUnknownTypes() {
        FocusFlowException e = catchThrowableOfType(FocusFlowException.class, () -> ItemType.parse("url"));

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(e.getMessage()).contains("'url'").contains("app, website");
    }

    @Test
    void refusesAMissingType() {
        assertThat(catchThrowableOfType(FocusFlowException.class, () -> ItemType.parse(null)).kind())
                .isEqualTo(ErrorKind.INVALID_INPUT);
    }
}
