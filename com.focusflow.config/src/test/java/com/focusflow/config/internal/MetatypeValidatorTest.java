package com.focusflow.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ValueCheck;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;

class MetatypeValidatorTest {

    final MetatypeValidator validator = new MetatypeValidator(RuleCases::declarations);

    static java.util.stream.Stream<Object[]> rows() {
        return RuleCases.rows();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void theServiceAppliesTheTableNamingPidAndProperty(RuleCases.Case row, ValueForm form) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(row.attribute().getID(), row.input());
        if (row.refusal() == null) {
            assertThat(validator.violations(RuleCases.PID, properties, form)).isEmpty();
            assertThat(validator.validate(RuleCases.PID, properties, form).get(row.attribute().getID())).isEqualTo(row.expected());
        } else {
            assertThat(validator.violations(RuleCases.PID, properties, form)).singleElement().satisfies(v -> {
                assertThat(v.pid()).isEqualTo(RuleCases.PID);
                assertThat(v.property()).isEqualTo(row.attribute().getID());
                assertThat(v.reason()).startsWith(row.refusal());
            });
            assertThatThrownBy(() -> validator.validate(RuleCases.PID, properties, form))
                    .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                    .hasMessageStartingWith(RuleCases.PID + " " + row.attribute().getID() + ": " + row.refusal());
        }
    }

    /** A rule Metatype cannot state, registered by the declaring bundle: applied to each value while it is there. */
    @Test
    void aValueCheckRefusesEachValueItFaultsNamingTheSettingUntilItGoes() {
        ValueCheck noX = value -> value.toString().contains("x") ? value + " has an x" : null;
        Map<String, Object> properties = Map.of(ValueCheck.PID, RuleCases.PID, ValueCheck.ATTRIBUTE, "names");
        validator.addCheck(noX, properties);

        assertThat(validator.violations(RuleCases.PID, Map.of("names", List.of("ann", "bo")), ValueForm.JSON)).isEmpty();
        assertThat(validator.violations(RuleCases.PID, Map.of("names", List.of("ann", "xena")), ValueForm.JSON))
                .extracting(Violation::message).containsExactly("names: xena has an x");
        assertThatThrownBy(() -> validator.validate(RuleCases.PID, Map.of("names", "xena"), ValueForm.CONFIGURATION))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessage(RuleCases.PID + " names: xena has an x");

        validator.removeCheck(noX, properties);
        assertThat(validator.violations(RuleCases.PID, Map.of("names", List.of("xena")), ValueForm.JSON)).isEmpty();
    }

    @Test
    void aPropertyMustBeDeclaredExceptFrameworkOnesInConfigAdminForm() {
        Map<String, Object> properties = Map.of("colour", "blue", "service.pid", RuleCases.PID, "felix.fileinstall.filename",
                "file:/x.cfg", "dailyGoalMinutes", 0);

        assertThat(validator.violations(RuleCases.PID, properties, ValueForm.CONFIGURATION))
                .extracting(Violation::message).containsExactly(
                        "colour: com.focusflow.example has no such setting; it has dailyGoalMinutes, enabled, names, ratio, sizes, source",
                        "dailyGoalMinutes: 0 is less than minimum (Daily goal (min))");
        assertThat(validator.violations(RuleCases.PID, Map.of("service.pid", RuleCases.PID), ValueForm.JSON))
                .as("a document carries settings only").extracting(Violation::property).containsExactly("service.pid");
        assertThat(validator.validate(RuleCases.PID, Map.of("service.pid", RuleCases.PID, "dailyGoalMinutes", "30"),
                ValueForm.CONFIGURATION)).containsEntry("service.pid", RuleCases.PID).containsEntry("dailyGoalMinutes", 30);
    }

    @Test
    void aPidNobodyDeclaresIsRefusedAsAWhole() {
        assertThat(validator.declares(RuleCases.PID)).isTrue();
        assertThat(validator.declares("com.focusflow.gone")).isFalse();
        assertThat(validator.violations("com.focusflow.gone", Map.of("a", 1), ValueForm.CONFIGURATION)).singleElement()
                .satisfies(v -> assertThat(v.property()).isNull())
                .satisfies(v -> assertThat(v.message()).isEqualTo("no installed bundle declares the configuration com.focusflow.gone"));
        assertThatThrownBy(() -> validator.validate("com.focusflow.gone", Map.of(), ValueForm.JSON))
                .isInstanceOf(FocusFlowException.class);
    }
}
