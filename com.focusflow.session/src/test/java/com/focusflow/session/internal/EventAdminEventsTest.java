package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;

class EventAdminEventsTest {

    static final Instant START = Instant.parse("2026-01-05T09:30:00Z");

    @Test
    void startedCarriesEverythingButTheEndWithJdkTypes() {
        Event e = EventAdminEvents.event(SessionTopics.STARTED,
                new Session("id", SessionType.FOCUS, START, null, 25, 0, 1500L, false, true, null));

        assertThat(e.getTopic()).isEqualTo("focusflow/session/STARTED");
        assertThat(e.getProperty(SessionTopics.PROP_ID)).isEqualTo("id");
        assertThat(e.getProperty(SessionTopics.PROP_TYPE)).isEqualTo("focus");
        assertThat(e.getProperty(SessionTopics.PROP_START_TIME)).isEqualTo(START);
        assertThat(e.getProperty(SessionTopics.PROP_PLANNED_MINUTES)).isEqualTo(25);
        assertThat(e.getProperty(SessionTopics.PROP_ACTUAL_SECONDS)).isEqualTo(0L);
        assertThat(e.getProperty(SessionTopics.PROP_REMAINING_SECONDS)).isEqualTo(1500L);
        assertThat(e.getProperty(SessionTopics.PROP_COMPLETED)).isEqualTo(false);
        assertThat(e.getProperty(SessionTopics.PROP_STRICT)).isEqualTo(true);
        assertThat(e.containsProperty(SessionTopics.PROP_END_TIME)).isFalse();
    }

    @Test
    void endedCarriesTheEndAndNoRemainingTime() {
        Event e = EventAdminEvents.event(SessionTopics.ENDED,
                new Session("id", SessionType.BREAK, START, START.plusSeconds(300), 5, 300, null, true, false, "x"));

        assertThat(e.getProperty(SessionTopics.PROP_END_TIME)).isEqualTo(START.plusSeconds(300));
        assertThat(e.getProperty(SessionTopics.PROP_ACTUAL_SECONDS)).isEqualTo(300L);
        assertThat(e.getProperty(SessionTopics.PROP_COMPLETED)).isEqualTo(true);
        assertThat(e.containsProperty(SessionTopics.PROP_REMAINING_SECONDS)).isFalse();
    }
}
