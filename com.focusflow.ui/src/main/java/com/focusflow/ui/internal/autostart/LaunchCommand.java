package com.focusflow.ui.internal.autostart;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The command that starts this FocusFlow again, hidden: what the autostart entry runs at login. */
final class LaunchCommand {
    /** Set by the installed package (packaging/linux/build.sh): its `focusflow` command. */
    static final String COMMAND_PROPERTY = "focusflow.command";
    static final String HIDDEN = "--hidden";

    private LaunchCommand() {
    }

    /**
     * The package's command when there is one; otherwise the same java on the same jar (a source build
     * started with run/focusflow or java -jar).
     *
     * @param packagedCommand the {@code focusflow.command} property, may be null
     * @param javaCommand this process's executable, if the OS tells
     * @param javaHome the running JVM's home
     * @param classPath the JVM's class path: the executable jar when started with -jar
     */
    static List<String> of(String packagedCommand, Optional<String> javaCommand, String javaHome, String classPath) {
        if (packagedCommand != null && !packagedCommand.isBlank()) {
            return List.of(packagedCommand, HIDDEN);
        }
        String java = javaCommand.orElse(Path.of(javaHome, "bin", "java").toString());
        String jar = Path.of(classPath).toAbsolutePath().toString();
        return List.of(java, "-jar", jar, HIDDEN);
    }

    static List<String> current(String packagedCommand) {
        return of(packagedCommand, ProcessHandle.current().info().command(), System.getProperty("java.home"),
                System.getProperty("java.class.path"));
    }
}
