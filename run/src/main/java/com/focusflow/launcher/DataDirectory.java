package com.focusflow.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where FocusFlow keeps the user's data: {@code FOCUSFLOW_HOME} if set, else the operating system's
 * convention for per-user application data.
 */
final class DataDirectory {

    static final String HOME_ENV = "FOCUSFLOW_HOME";

    private DataDirectory() {
    }

    static Path resolve(Map<String, String> env, Properties system) {
        String explicit = env.get(HOME_ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path userHome = Path.of(system.getProperty("user.home"));
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("FocusFlow");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("FocusFlow");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : userHome.resolve(".local").resolve("share");
        return base.resolve("focusflow");
    }
}
