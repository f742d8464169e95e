package com.focusflow.analytics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "FocusFlow analytics", description = "Daily statistics, productivity score and streaks.")
public @interface AnalyticsConfig {

    @AttributeDefinition(name = "Time zone", description = "The zone that defines local days, e.g. Europe/Berlin; "
            + "empty for the system's")
    String zone() default "";

    @AttributeDefinition(name = "Daily goal (min)", min = "1", max = "1440",
            description = "Focus minutes a day that meet the goal (score and streak), 1-1440")
    int dailyGoalMinutes() default 120;
}
