package com.focusflow.session.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow Pomodoro cycle",
        description = "When on, a completed focus session starts a break and a completed break the next focus "
                + "session, with a notification each time. Ending a session early stops the cycle.")
public @interface PomodoroConfig {

    @AttributeDefinition(name = "On", description = "Run Pomodoro cycles: after a completed session the next step "
            + "starts by itself")
    boolean enabled() default false;

    @AttributeDefinition(name = "Focus (min)", min = "1", max = "720",
            description = "Length of each focus session of the cycle, 1-720 minutes")
    int focusMinutes() default 25;

    @AttributeDefinition(name = "Short break (min)", min = "1", max = "720",
            description = "Length of a short break, 1-720 minutes")
    int shortBreakMinutes() default 5;

    @AttributeDefinition(name = "Long break (min)", min = "1", max = "720",
            description = "Length of the long break, 1-720 minutes")
    int longBreakMinutes() default 15;

    @AttributeDefinition(name = "Long break every", min = "1", max = "100",
            description = "A long break instead of a short one after this many focus sessions, 1-100")
    int longBreakEvery() default 4;
}
