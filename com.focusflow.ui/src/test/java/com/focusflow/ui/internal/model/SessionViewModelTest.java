package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionViewModelTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SessionViewModel model = new SessionViewModel(new UiThreads(Runnable::run, Runnable::run), nanos::get);
    private final FakeSessions sessions = new FakeSessions();

    @Test
    void withoutTheServiceItSaysSoAndActionsDoNothing() {
        model.serviceChanged(null);
        model.startOrStop();
        model.startDefault();
        model.stop();

        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(SessionViewModel.UNAVAILABLE);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void idleItShowsThePlannedTimeOfTheForm() {
        model.serviceChanged(sessions);
        assertThat(model.stateProperty().get()).isEqualTo("No session running");
        assertThat(model.actionProperty().get()).isEqualTo("Start");
        assertThat(model.countdownProperty().get()).isEqualTo("25:00");

        model.minutesProperty().set("90");
        assertThat(model.countdownProperty().get()).isEqualTo("1:30:00");
    }

    @Test
    void startOrStopStartsFromTheFormThenStops() {
        model.serviceChanged(sessions);
        model.typeProperty().set(SessionType.CUSTOM);
        model.minutesProperty().set(" 50 ");
        model.strictProperty().set(false);

        model.startOrStop();

        assertThat(sessions.starts).containsExactly(new StartRequest(SessionType.CUSTOM, 50, false, null));
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.actionProperty().get()).isEqualTo("Stop");
        assertThat(model.stateProperty().get()).isEqualTo("Custom session running, 50 min");
        assertThat(model.countdownProperty().get()).isEqualTo("50:00");

        model.startOrStop();

        assertThat(sessions.running).isNull();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo("No session running");
    }

    @Test
    void theCountdownRunsOnTheMonotonicClockAndAsksTheServiceAtZero() {
        model.serviceChanged(sessions);
        model.start();

        nanos.addAndGet(61_000_000_000L);
        model.tick();
        assertThat(model.countdownProperty().get()).isEqualTo("23:59");
        assertThat(model.runningProperty().get()).isTrue();

        sessions.running = null; // the service ends it by itself when its time is up
        nanos.addAndGet(3600_000_000_000L);
        model.tick();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo("No session running");
    }

    @Test
    void plannedMinutesOutsideTheRangeAreRefusedWithoutCallingTheService() {
        model.serviceChanged(sessions);
        for (String wrong : new String[] { "", "abc", "0", "721", "2.5" }) {
            model.minutesProperty().set(wrong);
            model.start();
            assertThat(model.messageProperty().get()).as(wrong)
                    .isEqualTo("Planned minutes must be a whole number from 1 to 720.");
        }
        assertThat(sessions.starts).isEmpty();
        assertThat(model.countdownProperty().get()).isEqualTo("0:00");
    }

    @Test
    void aStrictSessionShowsWhyStopIsRefusedAndKeepsRunning() {
        model.serviceChanged(sessions);
        model.strictProperty().set(true);
        model.start();
        assertThat(model.stateProperty().get()).isEqualTo("Focus session running, 25 min, strict: Stop only at the end");

        model.startOrStop();

        assertThat(model.messageProperty().get()).isEqualTo("this session is strict: it can be stopped in 24 min 10 s");
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.actionProperty().get()).isEqualTo("Stop");
    }

    @Test
    void aSessionStartedAndEndedElsewhereShowsOnRefresh() {
        model.serviceChanged(sessions);
        sessions.running = FakeSessions.session("shell", StartRequest.of(SessionType.BREAK, 5), null);

        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo("Break session running, 5 min");
        assertThat(model.countdownProperty().get()).isEqualTo("5:00");

        sessions.running = null;
        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo("No session running");
        assertThat(model.countdownProperty().get()).isEqualTo("25:00");
    }

    @Test
    void aRefusalMessageGoesWhenTheSessionEnds() {
        model.serviceChanged(sessions);
        model.strictProperty().set(true);
        model.start();
        model.stop();
        assertThat(model.messageProperty().get()).isNotEmpty();

        sessions.running = null; // ended by itself
        model.refresh();

        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void aServiceThatGoesAwayDuringACallMakesThePanelUnavailableNotBroken() {
        model.serviceChanged(sessions);
        model.start();
        sessions.failure = new IllegalStateException("service unregistered");

        model.stop();

        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(SessionViewModel.UNAVAILABLE);

        sessions.failure = null;
        model.serviceChanged(sessions);
        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.stateProperty().get()).startsWith("Focus session running");
    }

    @Test
    void theTrayStartsADefaultFocusSessionWhateverTheFormHolds() {
        model.serviceChanged(sessions);
        model.typeProperty().set(SessionType.BREAK);
        model.minutesProperty().set("90");
        model.strictProperty().set(true);

        model.startDefault();

        assertThat(sessions.starts).containsExactly(StartRequest.of(SessionType.FOCUS, 25));
    }
}
