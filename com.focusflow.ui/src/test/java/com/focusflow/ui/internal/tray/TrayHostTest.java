package com.focusflow.ui.internal.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrayHostTest {
    private static final Map<String, String> X = Map.of("DISPLAY", ":0");

    @Test
    void onXOnlyAnOwnedTraySelectionIsWorthStartingAwtFor() {
        assertThat(TrayHost.worthTrying("Linux", X, () -> Optional.of(0x1200007L))).isTrue();
        assertThat(TrayHost.worthTrying("Linux", X, () -> Optional.of(0L))).as("no tray (stock GNOME, Xvfb)").isFalse();
    }

    @Test
    void withoutAnXDisplayThereIsNoAwtTrayAndXIsNotAsked() {
        TrayHost.X11 never = () -> {
            throw new AssertionError("X asked without a display");
        };
        assertThat(TrayHost.worthTrying("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), never)).isFalse();
        assertThat(TrayHost.worthTrying("Linux", Map.of("DISPLAY", " "), never)).isFalse();
    }

    @Test
    void whenXCannotBeAskedAwtDecidesAndWindowsAndMacAlwaysTry() {
        assertThat(TrayHost.worthTrying("Linux", X, Optional::empty)).isTrue();
        TrayHost.X11 never = () -> {
            throw new AssertionError("X asked on a desktop with a native tray");
        };
        assertThat(TrayHost.worthTrying("Windows 11", Map.of(), never)).isTrue();
        assertThat(TrayHost.worthTrying("Mac OS X", Map.of(), never)).isTrue();
    }
}
