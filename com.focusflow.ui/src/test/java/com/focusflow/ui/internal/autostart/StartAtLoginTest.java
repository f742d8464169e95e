package com.focusflow.ui.internal.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartAtLoginTest {
    private static final List<String> COMMAND = List.of("/usr/bin/focusflow", "--hidden");

    @TempDir
    Path dir;

    @Test
    void offByDefaultWritesNothing() {
        new StartAtLogin(config(false), new AutostartEntry(dir.resolve("autostart")), COMMAND, true);

        assertThat(dir.resolve("autostart")).doesNotExist();
    }

    @Test
    void switchingOnWritesTheEntryAndSwitchingOffRemovesIt() {
        Path file = dir.resolve("autostart/focusflow.desktop");
        StartAtLogin setting = new StartAtLogin(config(false), new AutostartEntry(dir.resolve("autostart")), COMMAND, true);

        setting.modified(config(true));
        assertThat(file).content().contains("Exec=/usr/bin/focusflow --hidden");

        setting.modified(config(false));
        assertThat(file).doesNotExist();
    }

    @Test
    void onAtStartWritesTheEntry() {
        new StartAtLogin(config(true), new AutostartEntry(dir), COMMAND, true);

        assertThat(dir.resolve("focusflow.desktop")).exists();
    }

    @Test
    void anUnwritableFolderChangesNothingAndDoesNotFail() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("autostart"), "a file where the folder should be");

        new StartAtLogin(config(true), new AutostartEntry(notAFolder), COMMAND, true);

        assertThat(notAFolder).isRegularFile().content().isEqualTo("a file where the folder should be");
    }

    @Test
    void whereXdgAutostartIsNotTheConventionNothingIsWritten() {
        new StartAtLogin(config(true), new AutostartEntry(dir), COMMAND, false);

        assertThat(dir.resolve("focusflow.desktop")).doesNotExist();
        assertThat(StartAtLogin.freedesktop("Linux")).isTrue();
        assertThat(StartAtLogin.freedesktop("Mac OS X")).isFalse();
        assertThat(StartAtLogin.freedesktop("Windows 11")).isFalse();
    }

    private static AutostartConfig config(boolean enabled) {
        return new AutostartConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return AutostartConfig.class;
            }
        };
    }
}
