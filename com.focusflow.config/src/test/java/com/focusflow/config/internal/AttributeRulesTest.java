package com.focusflow.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.focusflow.api.config.ValueForm;

class AttributeRulesTest {

    static java.util.stream.Stream<Object[]> rows() {
        return RuleCases.rows();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rows")
    void oneValueIsCheckedAndTypedByTheTable(RuleCases.Case row, ValueForm form) {
        if (row.refusal() == null) {
            assertThat(AttributeRules.check(row.attribute(), row.input(), form)).isEqualTo(row.expected());
        } else {
            assertThatThrownBy(() -> AttributeRules.check(row.attribute(), row.input(), form))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(row.refusal());
        }
    }
}
