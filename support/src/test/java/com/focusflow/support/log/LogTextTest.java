package com.focusflow.support.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakCannotForgeALogLine() {
        String forged = "admin\n2026-12-05 08:00:00,000 INFO  [main] Login of admin accepted";

        assertThat(LogText.escape(forged)).doesNotContain("\n")
                .isEqualTo("admin\\n2026-12-05 08:00:00,000 INFO  [main] Login of admin accepted");
        assertThat(LogText.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
    }

    @Test
    void terminalEscapesAndDirectionOverridesAreShownNotObeyed() {
        assertThat(LogText.escape("\u001b[2J\u001b]0;owned\u0007")).isEqualTo("\\u001b[2J\\u001b]0;owned\\u0007");
        assertThat(LogText.escape("abc\u202edcba")).isEqualTo("abc\\u202edcba");
        assertThat(LogText.escape("x\u2028y\u0085z\u009bq")).isEqualTo("x\\u2028y\\u0085z\\u009bq");
        assertThat(LogText.escape("nul\u0000")).isEqualTo("nul\\u0000");
    }

    @Test
    void aBackslashIsDoubledSoTheEscapedFormIsUnambiguous() {
        assertThat(LogText.escape("\\n")).isEqualTo("\\\\n");
    }

    @Test
    void ordinaryTextIncludingNonLatinLettersIsUnchanged() {
        assertThat(LogText.escape("Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(LogText.escape("Straße 東京 🚀")).isEqualTo("Straße 東京 🚀");
        assertThat(LogText.escape(null)).isEqualTo("null");
    }

    @Test
    void longTextIsCut() {
        assertThat(LogText.escape("a".repeat(LogText.MAX_LENGTH + 10)))
                .isEqualTo("a".repeat(LogText.MAX_LENGTH) + "...(10 more characters)");
    }
}
