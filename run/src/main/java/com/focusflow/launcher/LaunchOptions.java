package com.focusflow.launcher;

import java.util.ArrayList;
import java.util.List;

/** The command line FocusFlow understands; anything else is passed on to the OSGi launcher. */
record LaunchOptions(boolean headless, boolean help, boolean version, boolean hidden, List<String> passThrough) {

    static LaunchOptions parse(String... args) {
        boolean headless = false;
        boolean help = false;
        boolean version = false;
        boolean hidden = false;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--headless" -> headless = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--hidden" -> hidden = true;
                default -> rest.add(arg);
            }
        }
        return new LaunchOptions(headless, help, version, hidden, List.copyOf(rest));
    }

    static String usage() {
        return """
                Usage: java -jar focusflow.jar [--headless] [--hidden] [--version] [--help]
                  --headless   no window and no interactive shell (for servers, scripts and tests)
                  --hidden     start with the window hidden (tray only; how start at login starts FocusFlow)
                Environment: FOCUSFLOW_HOME (data dir), FOCUSFLOW_PASSWORD (first-start password).
                System property: -Dorg.osgi.service.http.port=N (default 8089).
                """;
    }
}
