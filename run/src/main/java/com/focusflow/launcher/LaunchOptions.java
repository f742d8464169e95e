package com.focusflow.launcher;

import java.util.ArrayList;
import java.util.List;

/** The command line FocusFlow understands; anything else is passed on to the OSGi launcher. */
record LaunchOptions(boolean headless, boolean help, boolean version, boolean printPassword, boolean hidden,
        List<String> passThrough) {

    static LaunchOptions parse(String... args) {
        boolean headless = false;
        boolean help = false;
        boolean version = false;
        boolean printPassword = false;
        boolean hidden = false;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--headless" -> headless = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--print-password" -> printPassword = true;
                case "--hidden" -> hidden = true;
                default -> rest.add(arg);
            }
        }
        return new LaunchOptions(headless, help, version, printPassword, hidden, List.copyOf(rest));
    }

    static String usage() {
        return """
                Usage: java -jar focusflow.jar [--headless] [--hidden] [--print-password] [--version] [--help]
                  --headless         no window and no interactive shell (for servers, scripts and tests)
                  --hidden           start with the window hidden (tray only; how start at login starts FocusFlow)
                  --print-password   print the console and API password of the data dir and exit
                                     (for scripts: PW=$(run/focusflow --print-password))
                Environment: FOCUSFLOW_HOME (data dir), FOCUSFLOW_PASSWORD (first-start password, 8+ characters).
                System property: -Dorg.osgi.service.http.port=N (default 8089).
                One FocusFlow runs per data dir: a second start shows the running one and exits.
                """;
    }
}
