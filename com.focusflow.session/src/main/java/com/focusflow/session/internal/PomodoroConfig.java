package com.focusflow.session.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow Pomodoro cycle",
        description = "When on, a completed focus session starts a break and a completed break the next focus "
                + "session, with a notification each time. Ending a session early stops the cycle.")
public @interface PomodoroConfig {

    @AttributeDefinition(name = "On", description = "Run Pomodoro cycles")
    boolean enabled() default false;

    @AttributeDefinition(name = "Focus (min)", min = "1", max = "720")
    int focusMinutes() default 25;

    @AttributeDefinition(name = "Short break (min)", min = "1", max = "720")
    int shortBreakMinutes() default 5;

    @AttributeDefinition(name = "Long break (min)", min = "1", max = "720")
    int longBreakMinutes() default 15;

    @AttributeDefinition(name = "Long break every", min = "1", max = "100",
            description = "A long break instead of a short one after this many focus sessions")
    int longBreakEvery() default 4;
}
