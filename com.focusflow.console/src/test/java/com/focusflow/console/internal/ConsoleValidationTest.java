package com.focusflow.console.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.apache.felix.webconsole.spi.ValidationException;
import org.junit.jupiter.api.Test;

import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;

/** The console's handler only relays the validator's verdict; the rules are tested in com.focusflow.config. */
class ConsoleValidationTest {

    static final String PID = "com.focusflow.blocking.process";

    final ConfigurationValidator validator = mock(ConfigurationValidator.class);
    final ConsoleValidation handler = new ConsoleValidation();

    @Test
    void aRefusedValueIsA400WithTheValidatorsReasons() {
        handler.validator = validator;
        when(validator.declares(PID)).thenReturn(true);
        when(validator.violations(eq(PID), eq(Map.of("intervalSeconds", 500)), eq(ValueForm.CONFIGURATION))).thenReturn(List.of(
                new Violation(PID, "intervalSeconds", 500, "500 is greater than maximum (Scan interval (s))")));

        assertThatThrownBy(() -> handler.updateConfiguration(null, PID, new Hashtable<>(Map.of("intervalSeconds", 500))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("intervalSeconds: 500 is greater than maximum (Scan interval (s)). Nothing was changed.");
    }

    @Test
    void otherPidsAndUndeclaredOnesAreNotChecked() {
        handler.validator = validator;
        when(validator.declares(anyString())).thenReturn(false);

        assertThatCode(() -> {
            handler.updateConfiguration(null, "org.apache.felix.http", new Hashtable<>(Map.of("x", 1)));
            handler.updateConfiguration(null, "com.focusflow.gone", new Hashtable<>(Map.of("x", 1)));
        }).doesNotThrowAnyException();
        verify(validator, never()).violations(anyString(), any(), any());
    }

    @Test
    void withoutTheValidatorAFocusFlowValueIsNotSaved() {
        assertThatThrownBy(() -> handler.updateConfiguration(null, PID, new Hashtable<>(Map.of("intervalSeconds", 5))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("com.focusflow.config")
                .hasMessageContaining("Nothing was changed");
    }
}
