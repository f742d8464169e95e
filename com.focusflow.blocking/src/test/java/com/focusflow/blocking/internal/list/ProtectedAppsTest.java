package com.focusflow.blocking.internal.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the system says a program is: shells listed in /etc/shells, terminals and sessions from desktop entries. */
class ProtectedAppsTest {

    @TempDir
    Path root;

    @Test
    void shellsTerminalsAndSessionsTheSystemDeclaresAreProtected() throws Exception {
        write("etc/shells", "# /etc/shells: valid login shells\n/bin/sh\n/usr/local/bin/ffshell\n");
        write("usr/share/applications/ffterm.desktop",
                "[Desktop Entry]\nName=FF Term\nExec=/opt/ffterm/bin/ffterm --new-window %U\nCategories=System;TerminalEmulator;\n");
        write("usr/share/applications/ffgame.desktop", "[Desktop Entry]\nName=FF Game\nExec=ffgame\nCategories=Game;\n");
        write("usr/share/wayland-sessions/ffwm.desktop", "[Desktop Entry]\nName=FF WM\nExec=ffwm\n");
        write("usr/share/xsessions/broken.desktop", "\u0000\u0001 not an entry");

        ProtectedApps apps = ProtectedApps.discover(root);

        assertThat(apps.isProtected("ffshell")).as("a shell from /etc/shells").isTrue();
        assertThat(apps.isProtected("ffterm")).as("a TerminalEmulator").isTrue();
        assertThat(apps.isProtected("ffwm")).as("a wayland session").isTrue();
        assertThat(apps.isProtected("ffgame")).as("an ordinary app").isFalse();
        assertThat(apps.isProtected("discord")).isFalse();
    }

    @Test
    void withoutAnyOfTheseFilesTheNamesStillHold() {
        ProtectedApps apps = ProtectedApps.discover(root);

        assertThat(apps.isProtected("sway")).isTrue();
        assertThat(apps.isProtected("systemd-logind")).isTrue();
        assertThat(apps.isProtected("tmux")).isTrue();
        assertThat(apps.isProtected("steam")).isFalse();
    }

    private void write(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
