package com.focusflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The benches measure FocusFlow as it is used: through its HTTP API and public packages, never its bundles'
 * private {@code .internal} packages (issue 15: reaching into them is what made internal classes public).
 * Checked in the compiled classes, so an import, a fully qualified name and a class name in a string all count.
 */
class PublicApiOnlyTest {

    /** A FocusFlow class or package name with an {@code internal} segment, in binary or source form. */
    static final Pattern INTERNAL = Pattern.compile("com[/.]focusflow(?:[/.][A-Za-z0-9_$]+)*?[/.]internal(?=[/.;]|$)");

    @Test
    void noBenchClassRefersToAnInternalPackage() throws IOException {
        Path classes = Path.of("target", "classes", "com", "focusflow", "bench");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Matcher m = INTERNAL.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    found.add(classes.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(files(classes)).as("the bench classes are there to check").isGreaterThan(10);
        assertThat(found).as("bench classes referring to FocusFlow's internal packages").isEmpty();
    }

    @Test
    void thePatternFindsInternalNamesInEitherForm() {
        assertThat(INTERNAL.matcher("Lcom/focusflow/session/internal/SessionStore;").find()).isTrue();
        assertThat(INTERNAL.matcher("com.focusflow.sync.internal.folder.FolderSync").find()).isTrue();
        assertThat(INTERNAL.matcher("com/focusflow/hosts/HostsFile").find()).isFalse();
        assertThat(INTERNAL.matcher("com.focusflow.api.internalized.Thing").find()).isFalse();
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".class")).count();
        }
    }
}
