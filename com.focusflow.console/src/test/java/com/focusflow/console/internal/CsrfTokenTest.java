package com.focusflow.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class CsrfTokenTest {

    @Test
    void onlyTheExactTokenMatches() {
        CsrfToken token = new CsrfToken(new SecureRandom());
        assertThat(token.value()).hasSize(43);
        assertThat(token.matches(token.value())).isTrue();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(token.value() + "x")).isFalse();
        assertThat(token.matches(new CsrfToken(new SecureRandom()).value())).isFalse();
    }
}
