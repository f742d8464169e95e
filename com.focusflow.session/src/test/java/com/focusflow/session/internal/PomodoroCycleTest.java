package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.notify.Notification;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

class PomodoroCycleTest {

    @TempDir
    Path dir;
    LiveSessions live;
    final List<Notification> shown = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        live.close();
    }

    PomodoroCycle cycle(boolean enabled) {
        live = new LiveSessions(dir);
        PomodoroCycle cycle = new PomodoroCycle(Configs.of(PomodoroConfig.class, Map.of("enabled", enabled,
                "focusMinutes", 20, "shortBreakMinutes", 4, "longBreakMinutes", 10, "longBreakEvery", 2)), live.sessions);
        cycle.addNotifier(shown::add);
        return cycle;
    }

    /** Runs the session to its end and hands the ENDED event to the cycle, as Event Admin would. */
    void complete(PomodoroCycle cycle) {
        Session running = live.sessions.active().orElseThrow();
        live.time.advance(Duration.ofSeconds(running.remainingSeconds()));
        cycle.handleEvent(EventAdminEvents.event(SessionTopics.ENDED, live.events.last().session()));
    }

    @Test
    void aCompletedFocusSessionStartsABreakAndTheBreakTheNextFocus() {
        PomodoroCycle cycle = cycle(true);
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 20));

        complete(cycle);
        assertThat(live.sessions.active()).hasValueSatisfying(s -> {
            assertThat(s.type()).isEqualTo(SessionType.BREAK);
            assertThat(s.plannedMinutes()).isEqualTo(4);
        });
        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.category()).isEqualTo(Notification.BREAK_REMINDER);
            assertThat(n.message()).contains("Break of 4 min started");
        });

        complete(cycle);
        assertThat(live.sessions.active().orElseThrow().type()).isEqualTo(SessionType.FOCUS);
        complete(cycle);
        assertThat(live.sessions.active().orElseThrow().plannedMinutes()).as("long break after 2 focus sessions").isEqualTo(10);
    }

    @Test
    void aSessionEndedEarlyStopsTheCycle() {
        PomodoroCycle cycle = cycle(true);
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 20));
        live.time.advance(Duration.ofMinutes(3));

        cycle.handleEvent(EventAdminEvents.event(SessionTopics.ENDED, live.sessions.end()));

        assertThat(live.sessions.active()).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void whenTheUserAlreadyStartedSomethingTheCycleStepsAside() {
        PomodoroCycle cycle = cycle(true);
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 20));
        live.time.advance(Duration.ofMinutes(20));
        Session own = live.sessions.start(StartRequest.of(SessionType.CUSTOM, 45));

        cycle.handleEvent(EventAdminEvents.event(SessionTopics.ENDED, live.events.events.get(1).session()));

        assertThat(live.sessions.active()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(own.id()));
        assertThat(shown).isEmpty();
    }

    @Test
    void offByDefaultItOnlySaysTheSessionIsOver() {
        PomodoroCycle cycle = cycle(false);
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 20));

        complete(cycle);

        assertThat(live.sessions.active()).isEmpty();
        assertThat(shown).singleElement().satisfies(n -> {
            assertThat(n.category()).isEqualTo(Notification.SESSION_ENDED);
            assertThat(n.title()).isEqualTo("Focus session complete");
        });
    }

    @Test
    void aFailingNotifierDoesNotStopTheCycle() {
        PomodoroCycle cycle = cycle(true);
        cycle.addNotifier(n -> {
            throw new IllegalStateException("desktop gone");
        });
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 20));

        complete(cycle);

        assertThat(live.sessions.active().orElseThrow().type()).isEqualTo(SessionType.BREAK);
        assertThat(shown).hasSize(1);
    }
}
