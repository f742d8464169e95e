package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansDesktopStartWithNothingPassedOn() {
        LaunchOptions options = LaunchOptions.parse();

        assertThat(options.headless()).isFalse();
        assertThat(options.help()).isFalse();
        assertThat(options.version()).isFalse();
        assertThat(options.passThrough()).isEmpty();
    }

    @Test
    void recognisesEachOwnFlag() {
        assertThat(LaunchOptions.parse("--headless").headless()).isTrue();
        assertThat(LaunchOptions.parse("--help").help()).isTrue();
        assertThat(LaunchOptions.parse("-h").help()).isTrue();
        assertThat(LaunchOptions.parse("--version").version()).isTrue();
        assertThat(LaunchOptions.parse("--print-password").printPassword()).isTrue();
        assertThat(LaunchOptions.parse("--hidden").hidden()).isTrue();
        assertThat(LaunchOptions.parse("--headless").hidden()).isFalse();
    }

    @Test
    void ownFlagsAreNotPassedOnAndOthersAreInOrder() {
        LaunchOptions options = LaunchOptions.parse("-Dx=1", "--headless", "run.bndrun", "--version");

        assertThat(options.headless()).isTrue();
        assertThat(options.version()).isTrue();
        assertThat(options.help()).isFalse();
        assertThat(options.passThrough()).containsExactly("-Dx=1", "run.bndrun");
    }

    @Test
    void flagsAreMatchedExactly() {
        LaunchOptions options = LaunchOptions.parse("--HEADLESS", "--headless=true", "-help");

        assertThat(options.headless()).isFalse();
        assertThat(options.help()).isFalse();
        assertThat(options.passThrough()).containsExactly("--HEADLESS", "--headless=true", "-help");
    }

    @Test
    void passThroughCannotBeChanged() {
        LaunchOptions options = LaunchOptions.parse("a");

        assertThatThrownBy(() -> options.passThrough().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void usageNamesTheFlagsAndEnvironment() {
        assertThat(LaunchOptions.usage()).contains("--headless", "--hidden", "--version", "--help", "FOCUSFLOW_HOME",
                "FOCUSFLOW_PASSWORD");
    }
}
