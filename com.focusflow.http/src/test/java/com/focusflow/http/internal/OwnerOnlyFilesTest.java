package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path dir;

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void writesContentReadableByTheOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("secret.properties");

        OwnerOnlyFiles.write(file, "k=v".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("k=v");
        assertThat(mode(file)).isEqualTo("rw-------");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void replacesAnExistingFileAndItsWiderPermissions() throws IOException {
        Path file = dir.resolve("secret.properties");
        Files.writeString(file, "old content that is longer");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

        OwnerOnlyFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("new");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void overwritesAStaleTemporaryFileLeftByACrash() throws IOException {
        Path file = dir.resolve("secret.properties");
        Files.writeString(dir.resolve("secret.properties.tmp"), "half writ");

        OwnerOnlyFiles.write(file, "complete".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("complete");
        assertThat(dir.resolve("secret.properties.tmp")).doesNotExist();
    }

    @Test
    void restrictNarrowsWiderPermissionsAndSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(OwnerOnlyFiles.restrict(file)).isTrue();
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    @Test
    void restrictLeavesOwnerOnlyFilesAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThat(OwnerOnlyFiles.restrict(file)).isFalse();
        assertThat(mode(file)).isEqualTo("rw-------");
    }
}
