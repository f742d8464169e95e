package com.focusflow.blocking.internal.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;

class AppNamesTest {

    @ParameterizedTest
    @CsvSource({ "Discord.exe,discord", "  steam  ,steam", "DISCORD,discord", "Google Chrome,google chrome",
            "telegram-desktop,telegram-desktop" })
    void normalizes(String raw, String expected) {
        assertThat(AppNames.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "javaw.exe", "FocusFlow", "systemd", "systemd-logind", "init", "bash", "zsh",
            "explorer.exe", "Explorer.EXE", "WindowServer", "Finder", "gnome-shell", "loginwindow", "csrss",
            "kworker", "kthreadd", "sshd", "Xorg",
            // issue 19: desktop session, window managers, multiplexers, shells, privilege tools, system daemons, agents
            "sway", "i3", "weston", "mutter", "tmux", "screen", "rbash", "mksh", "busybox", "nu", "doas", "pkexec", "cron",
            "dockerd", "containerd", "agetty", "ssh-agent", "gpg-agent", "gnome-keyring-daemon", "gnome-terminal-server",
            "konsole", "alacritty", "kitty", "xterm", "run0" })
    void refusesProtectedNames(String raw) {
        assertThatThrownBy(() -> AppNames.normalize(raw)).isInstanceOf(FocusFlowException.class)
                .hasMessageContaining("system process")
                .satisfies(e -> assertThat(((FocusFlowException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "/usr/bin/steam", "C:\\Games\\steam.exe", "ste*m", "disc\nord", "a\u0000", ".exe", ".", "..", "...", "..exe" })
    void refusesWhatIsNotAProcessName(String raw) {
        assertThatThrownBy(() -> AppNames.normalize(raw)).isInstanceOf(FocusFlowException.class);
    }

    @Test
    void refusesOverLongNames() {
        assertThatThrownBy(() -> AppNames.normalize("x".repeat(256))).isInstanceOf(FocusFlowException.class);
        assertThat(AppNames.normalize("x".repeat(255))).hasSize(255);
    }

    @Test
    void keyMatchesWithOrWithoutExe() {
        assertThat(AppNames.key("Discord.EXE")).isEqualTo(AppNames.key("discord"));
    }

    @Test
    void nonAsciiNamesMatchComposedOrDecomposed() {
        assertThat(AppNames.key("Caf\u0065\u0301")).isEqualTo(AppNames.key("CAF\u00c9")).isEqualTo("caf\u00e9");
        assertThat(AppNames.normalize("Spi\u0065\u0308l")).isEqualTo("spi\u00ebl");
    }
}
