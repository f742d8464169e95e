package com.focusflow.ui.internal.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchCommandTest {
    @Test
    void theInstalledPackagesCommandWins() {
        assertThat(LaunchCommand.of("/usr/bin/focusflow", Optional.of("/opt/focusflow/bin/focusflow"), "/jdk", "/x/focusflow.jar"))
                .containsExactly("/usr/bin/focusflow", "--hidden");
    }

    @Test
    void aSourceBuildRunsTheSameJavaOnTheSameJar() {
        assertThat(LaunchCommand.of(null, Optional.of("/usr/lib/jvm/17/bin/java"), "/jdk", "/src/run/target/focusflow.jar"))
                .containsExactly("/usr/lib/jvm/17/bin/java", "-jar", "/src/run/target/focusflow.jar", "--hidden");
    }

    @Test
    void withoutTheProcessCommandItUsesJavaFromJavaHome() {
        assertThat(LaunchCommand.of(" ", Optional.empty(), "/jdk", "/src/focusflow.jar"))
                .containsExactly("/jdk/bin/java", "-jar", "/src/focusflow.jar", "--hidden");
    }
}
