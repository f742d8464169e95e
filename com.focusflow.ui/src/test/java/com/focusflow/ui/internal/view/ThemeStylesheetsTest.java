package com.focusflow.ui.internal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.css.Rule;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundle carries each Primer theme twice (bnd.bnd): the style sheet and AtlantaFX's binary form of it, which
 * JavaFX loads in place of a {@code .css} beside which it finds one, about a third of the time the parse takes
 * (docs/benchmarks.md). The twin must say what the style sheet says, or the window would look other than designed.
 */
class ThemeStylesheetsTest {

    @TempDir
    Path tmp;

    /** Compared with what JavaFX's own converter makes of the style sheet, both read back the same way. */
    @ParameterizedTest
    @ValueSource(strings = { "light", "dark" })
    void theBinaryTwinHoldsTheSameRulesAsTheStyleSheet(String theme) throws Exception {
        Path text = tmp.resolve("primer-" + theme + ".css");
        try (InputStream in = resource("atlantafx/base/theme/primer-" + theme + ".css").openStream()) {
            Files.copy(in, text);
        }
        Path converted = tmp.resolve("converted.bss");
        Stylesheet.convertToBinary(text.toFile(), converted.toFile());

        URL convertedUrl = converted.toUri().toURL();
        URL shippedUrl = resource("atlantafx/base/theme/primer-" + theme + ".bss");
        List<Rule> expected = Stylesheet.loadBinary(convertedUrl).getRules();
        List<Rule> shipped = Stylesheet.loadBinary(shippedUrl).getRules();

        assertThat(shipped).hasSize(expected.size()).hasSizeGreaterThan(500);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(said(shipped.get(i), shippedUrl)).as("rule %d of primer-%s", i, theme)
                    .isEqualTo(said(expected.get(i), convertedUrl));
        }
    }

    /**
     * The selectors and declarations (a binary rule decodes its declarations only when asked for them); a value
     * that refers to an image carries the style sheet's own location, which differs between the two.
     */
    private static String said(Rule rule, URL sheet) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .collect(Collectors.joining("; ")).replace(sheet.toExternalForm(), "<this style sheet>");
    }

    private static URL resource(String path) {
        URL url = ThemeStylesheetsTest.class.getClassLoader().getResource(path);
        assertThat(url).as(path).isNotNull();
        return url;
    }
}
