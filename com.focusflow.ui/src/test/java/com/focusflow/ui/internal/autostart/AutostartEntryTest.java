package com.focusflow.ui.internal.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartEntryTest {
    @TempDir
    Path dir;

    @Test
    void autostartDirFollowsXdgConfigHome() {
        assertThat(AutostartEntry.autostartDir(Map.of("XDG_CONFIG_HOME", "/srv/conf"), "/home/ann"))
                .isEqualTo(Path.of("/srv/conf/autostart"));
    }

    @Test
    void autostartDirDefaultsToDotConfigWhenXdgConfigHomeIsUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/ann/.config/autostart");
        assertThat(AutostartEntry.autostartDir(Map.of(), "/home/ann")).isEqualTo(expected);
        assertThat(AutostartEntry.autostartDir(Map.of("XDG_CONFIG_HOME", ""), "/home/ann")).isEqualTo(expected);
        assertThat(AutostartEntry.autostartDir(Map.of("XDG_CONFIG_HOME", "conf"), "/home/ann")).isEqualTo(expected);
    }

    @Test
    void writesAnEntryThatStartsTheCommandHidden() throws Exception {
        AutostartEntry entry = new AutostartEntry(dir.resolve("autostart"));

        entry.write(List.of("/usr/bin/focusflow", "--hidden"));

        List<String> lines = Files.readAllLines(dir.resolve("autostart/focusflow.desktop"));
        assertThat(lines).startsWith("[Desktop Entry]")
                .contains("Type=Application", "Exec=/usr/bin/focusflow --hidden", "TryExec=/usr/bin/focusflow",
                        "Icon=focusflow", AutostartEntry.MANAGED_KEY);
        assertThat(dir.resolve("autostart")).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void argumentsWithReservedCharactersAreQuotedAndEscapedAsTheSpecSays() {
        assertThat(AutostartEntry.quote("/opt/java/bin/java")).isEqualTo("/opt/java/bin/java");
        assertThat(AutostartEntry.quote("/home/ann/My Apps/focusflow.jar")).isEqualTo("\"/home/ann/My Apps/focusflow.jar\"");
        // $ gets a backslash inside the quotes; that backslash is then doubled by the string escape rule.
        assertThat(AutostartEntry.quote("/tmp/a$b")).isEqualTo("\"/tmp/a\\\\$b\"");
        assertThat(AutostartEntry.quote("/tmp/100%")).isEqualTo("/tmp/100%%");
        assertThat(AutostartEntry.quote("")).isEqualTo("\"\"");
    }

    @Test
    void noTryExecForARelativeCommand() {
        assertThat(AutostartEntry.content(List.of("focusflow", "--hidden"))).doesNotContain("TryExec");
    }

    @Test
    void removeDeletesOnlyTheEntryFocusFlowWrote() throws Exception {
        AutostartEntry entry = new AutostartEntry(dir);
        entry.write(List.of("/usr/bin/focusflow", "--hidden"));

        assertThat(entry.remove()).isTrue();
        assertThat(dir.resolve("focusflow.desktop")).doesNotExist();
        assertThat(entry.remove()).isFalse();
    }

    @Test
    void aHandWrittenEntryOfTheSameNameIsLeftAlone() throws Exception {
        Path own = dir.resolve("focusflow.desktop");
        Files.writeString(own, "[Desktop Entry]\nType=Application\nName=Mine\nExec=focusflow --headless\n");

        assertThat(new AutostartEntry(dir).remove()).isFalse();
        assertThat(own).content().contains("Name=Mine");
    }
}
