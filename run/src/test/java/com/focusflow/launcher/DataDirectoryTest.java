package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static Properties system(String osName, String userHome) {
        Properties p = new Properties();
        p.setProperty("os.name", osName);
        p.setProperty("user.home", userHome);
        return p;
    }

    private static final Properties LINUX = system("Linux", "/home/ann");

    @Test
    void focusflowHomeWinsOnEveryOs() {
        Map<String, String> env = Map.of("FOCUSFLOW_HOME", "/srv/focusflow", "XDG_DATA_HOME", "/xdg",
                "APPDATA", "/appdata");

        assertThat(DataDirectory.resolve(env, LINUX)).isEqualTo(Path.of("/srv/focusflow"));
        assertThat(DataDirectory.resolve(env, system("Windows 11", "/users/ann"))).isEqualTo(Path.of("/srv/focusflow"));
        assertThat(DataDirectory.resolve(env, system("Mac OS X", "/Users/ann"))).isEqualTo(Path.of("/srv/focusflow"));
    }

    @Test
    void relativeFocusflowHomeIsMadeAbsoluteAndNormalized() {
        Path resolved = DataDirectory.resolve(Map.of("FOCUSFLOW_HOME", "data/../ff-home"), LINUX);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("ff-home").toAbsolutePath());
    }

    @Test
    void blankFocusflowHomeIsIgnored() {
        assertThat(DataDirectory.resolve(Map.of("FOCUSFLOW_HOME", "  "), LINUX))
                .isEqualTo(Path.of("/home/ann/.local/share/focusflow"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(DataDirectory.resolve(Map.of(), LINUX)).isEqualTo(Path.of("/home/ann/.local/share/focusflow"));
    }

    @Test
    void linuxUsesAnAbsoluteXdgDataHome() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/ann"), LINUX))
                .isEqualTo(Path.of("/data/ann/focusflow"));
    }

    @Test
    void linuxIgnoresARelativeOrEmptyXdgDataHome() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "data/ann"), LINUX))
                .isEqualTo(Path.of("/home/ann/.local/share/focusflow"));
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", ""), LINUX))
                .isEqualTo(Path.of("/home/ann/.local/share/focusflow"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/xdg"), system("Mac OS X", "/Users/ann")))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/FocusFlow"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(Map.of("APPDATA", "/profiles/ann/Roaming", "XDG_DATA_HOME", "/xdg"),
                system("Windows 10", "/profiles/ann"))).isEqualTo(Path.of("/profiles/ann/Roaming/FocusFlow"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingInTheUserHome() {
        assertThat(DataDirectory.resolve(Map.of(), system("Windows Server 2022", "/profiles/ann")))
                .isEqualTo(Path.of("/profiles/ann/AppData/Roaming/FocusFlow"));
        assertThat(DataDirectory.resolve(Map.of("APPDATA", " "), system("Windows 11", "/profiles/ann")))
                .isEqualTo(Path.of("/profiles/ann/AppData/Roaming/FocusFlow"));
    }
}
