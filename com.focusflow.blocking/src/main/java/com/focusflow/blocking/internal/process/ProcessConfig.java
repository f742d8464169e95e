package com.focusflow.blocking.internal.process;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of the app blocker (PID {@value ProcessBlocker#PID}); changes apply from the next tick. */
@ObjectClassDefinition(name = "FocusFlow app blocking (process watcher)",
        description = "Closes blocked apps during focus sessions.")
public @interface ProcessConfig {

    int MIN_INTERVAL = 1;
    int MAX_INTERVAL = 60;
    int MAX_GRACE = 60;

    @AttributeDefinition(name = "Scan interval (s)", description = "How often processes are scanned while "
            + "blocking is engaged, 1-60 s.", min = "1", max = "60")
    int intervalSeconds() default 2;

    @AttributeDefinition(name = "Grace period (s)", description = "Time between the warning and closing a "
            + "blocked app, 0-60 s; it is forced one second later if it is still running.", min = "0", max = "60")
    int graceSeconds() default 3;

    @AttributeDefinition(name = "Process source", description = "Where processes are read from: auto (/proc on "
            + "Linux, the JDK elsewhere), proc, jdk or oshi.", options = {
                @Option(label = "auto", value = "auto"), @Option(label = "/proc (Linux)", value = "proc"),
                @Option(label = "JDK ProcessHandle", value = "jdk"), @Option(label = "OSHI", value = "oshi") })
    String source() default "auto";

    @AttributeDefinition(name = "Users (when run as root)", description = "Only when FocusFlow runs as root: the "
            + "users (names or ids) whose apps are closed. Empty: the users with a graphical login session and the "
            + "user who ran sudo. Root's own processes are never closed.")
    String[] users() default {};
}
