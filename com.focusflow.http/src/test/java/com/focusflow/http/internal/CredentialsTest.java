package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    private final Credentials stored = new Credentials("admin", "s3cret-pass");

    @Test
    void matchesTheSameUserAndPassword() {
        assertThat(stored.matches("admin", "s3cret-pass")).isTrue();
    }

    @Test
    void refusesAWrongPasswordOrUser() {
        assertThat(stored.matches("admin", "s3cret-pasS")).isFalse();
        assertThat(stored.matches("admin", "s3cret-pass-and-more")).isFalse();
        assertThat(stored.matches("Admin", "s3cret-pass")).isFalse();
        assertThat(stored.matches("root", "s3cret-pass")).isFalse();
    }

    @Test
    void refusesMissingUserOrPassword() {
        assertThat(stored.matches(null, "s3cret-pass")).isFalse();
        assertThat(stored.matches("admin", null)).isFalse();
        assertThat(stored.matches("admin", "")).isFalse();
    }

    @Test
    void toStringShowsTheUserButHidesThePassword() {
        assertThat(stored.toString()).contains("admin").doesNotContain("s3cret-pass");
    }
}
