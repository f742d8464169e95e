package com.focusflow.sync.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortableSettingsTest {

    @Test
    void aPidCarriesEveryAttributeAndPidHashAttributeOnlyTheNamedOnes() {
        PortableSettings portable = new PortableSettings("com.focusflow.analytics", "com.focusflow.blocking.process#graceSeconds",
                " com.focusflow.session.pomodoro#focusMinutes", "com.focusflow.session.pomodoro", "not a pid", "a#b#c");

        assertThat(portable.pids()).containsExactly("com.focusflow.analytics", "com.focusflow.blocking.process",
                "com.focusflow.session.pomodoro");
        assertThat(portable.portable("com.focusflow.analytics", "dailyGoalMinutes")).isTrue();
        assertThat(portable.portable("com.focusflow.blocking.process", "graceSeconds")).isTrue();
        assertThat(portable.portable("com.focusflow.blocking.process", "source")).isFalse();
        assertThat(portable.portable("com.focusflow.session.pomodoro", "enabled")).as("the whole PID wins").isTrue();
        assertThat(portable.portable("com.focusflow.persistence.database", "path")).isFalse();
    }
}
