package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartTest {

    @TempDir
    Path home;

    @Test
    void aChosenPasswordUnderEightCharactersIsOneClearLine() {
        assertThat(FirstStart.checkChosenPassword(Map.of("FOCUSFLOW_PASSWORD", "12345"))).hasValue(
                "FOCUSFLOW_PASSWORD is 5 characters long; it must have at least 8. Choose a longer one (or unset it for a"
                        + " generated password) and start again.");
        assertThat(FirstStart.checkChosenPassword(Map.of("FOCUSFLOW_PASSWORD", "line\nbreak!"))).get().asString()
                .contains("control character");
        assertThat(FirstStart.checkChosenPassword(Map.of("FOCUSFLOW_PASSWORD", "12345678"))).isEmpty();
        assertThat(FirstStart.checkChosenPassword(Map.of())).isEmpty();
    }

    @Test
    void aGeneratedPasswordIsWrittenOwnerOnlyAndShownOnce() throws IOException {
        Path file = home.resolve("credentials.properties");

        String shown = FirstStart.ensureCredentials(file, Map.of()).orElseThrow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = FirstStart.password(file);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(shown).isEqualTo("password " + password + ", shown this once");
        assertThat(FirstStart.ensureCredentials(file, Map.of())).as("only on the first start").isEmpty();
        assertThat(FirstStart.password(file)).isEqualTo(password);
    }

    /** The password read back as the http bundle reads it, escapes and all, and never echoed. */
    @Test
    void aChosenPasswordWithPropertiesSyntaxReadsBackExactly() throws IOException {
        Path file = home.resolve("credentials.properties");
        String chosen = "a:b=c!d#e\\f g ü";

        assertThat(FirstStart.ensureCredentials(file, Map.of("FOCUSFLOW_PASSWORD", chosen)))
                .hasValue("password from FOCUSFLOW_PASSWORD");

        assertThat(FirstStart.password(file)).isEqualTo(chosen);
        assertThat(Files.readString(file)).doesNotContain(chosen);
    }
}
