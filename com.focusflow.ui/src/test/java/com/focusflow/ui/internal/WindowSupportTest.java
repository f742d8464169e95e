package com.focusflow.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowSupportTest {
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":99");

    @Test
    void aDisplayAndJavaFxMeanAWindow() {
        assertThat(new WindowSupport(false, true, "Linux", X11).whyNot()).isEmpty();
        assertThat(new WindowSupport(false, true, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).whyNot()).isEmpty();
        assertThat(new WindowSupport(false, true, "Windows 11", Map.of()).whyNot()).isEmpty();
        assertThat(new WindowSupport(false, true, "Mac OS X", Map.of()).whyNot()).isEmpty();
    }

    @Test
    void eachReasonForNoWindowIsNamed() {
        assertThat(new WindowSupport(true, true, "Linux", X11).whyNot()).hasValue("started with --headless");
        assertThat(new WindowSupport(false, false, "Linux", X11).whyNot()).get().asString()
                .contains("JavaFX is not on the class path");
        assertThat(new WindowSupport(false, true, "Linux", Map.of("DISPLAY", " ")).whyNot()).get().asString()
                .contains("no display (DISPLAY is not set)");
    }
}
