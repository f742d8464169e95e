package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionViewModelTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:17:00Z"), ZoneOffset.UTC);
    private final SessionViewModel model = new SessionViewModel(new UiThreads(Runnable::run, Runnable::run), nanos::get, clock);
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
        assertThat(model.titleProperty().get()).isEqualTo("50:00 left — FocusFlow");

        nanos.addAndGet(2_000_000_000L);
        model.startOrStop();

        assertThat(sessions.running).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("FocusFlow");
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
        assertThat(model.stateProperty().get()).isEqualTo("Focus session running, 25 min, strict");
        assertThat(model.strictRunningProperty().get()).isTrue();
        assertThat(model.strictUntilProperty().get()).isEqualTo("Strict: ends at 10:42 (25 min left)");
        assertThat(model.endsAtProperty().get()).isEqualTo("10:42");

        nanos.addAndGet(2_000_000_000L);
        model.startOrStop();

        assertThat(model.messageProperty().get()).as("the window's words, no internal id")
                .isEqualTo("This session is strict: it cannot be stopped. It ends at 10:42, in 25 min.");
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.actionProperty().get()).isEqualTo("Stop");

        nanos.addAndGet(7 * 60_000_000_000L); // the refusal's time left follows the clock
        model.tick();
        assertThat(model.messageProperty().get()).isEqualTo("This session is strict: it cannot be stopped. It ends at 10:42, in 18 min.");
        assertThat(model.strictUntilProperty().get()).isEqualTo("Strict: ends at 10:42 (18 min left)");

        model.stop(); // even past the window (Ctrl+Enter in a race): the service's refusal is shown in the window's words
        assertThat(model.messageProperty().get()).startsWith("This session is strict");
    }

    @Test
    void aDoubleClickOnStartStartsOneSessionAndStopsNothing() {
        model.serviceChanged(sessions);
        model.startOrStop();
        nanos.addAndGet(300_000_000L); // the second click of a double click
        model.startOrStop();

        assertThat(sessions.starts).hasSize(1);
        assertThat(model.runningProperty().get()).isTrue();

        nanos.addAndGet(1_000_000_000L); // a deliberate second press later is obeyed
        model.startOrStop();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void stoppingALongSessionAsksFirstAndKeepsItWhenTheUserSaysNo() {
        List<String> asked = new ArrayList<>();
        boolean[] answer = { false };
        model.setStopConfirmation(question -> {
            asked.add(question);
            return answer[0];
        });
        model.serviceChanged(sessions);
        model.start();
        nanos.addAndGet(2_000_000_000L);

        model.startOrStop();
        assertThat(asked).containsExactly("Stop this focus session? 25:00 are left; it will count as stopped early.");
        assertThat(model.runningProperty().get()).isTrue();

        answer[0] = true;
        nanos.addAndGet(2_000_000_000L);
        model.startOrStop();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aShortSessionStopsWithoutAQuestion() {
        List<String> asked = new ArrayList<>();
        model.setStopConfirmation(question -> asked.add(question) && false);
        model.serviceChanged(sessions);
        model.minutesProperty().set("5");
        model.start();
        model.requestStop();

        assertThat(asked).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void theFormMirrorsASessionStartedElsewhere() {
        model.serviceChanged(sessions);
        sessions.running = FakeSessions.session("api", new StartRequest(SessionType.CUSTOM, 40, true, null), null);

        model.refresh();

        assertThat(model.typeProperty().get()).isEqualTo(SessionType.CUSTOM);
        assertThat(model.minutesProperty().get()).isEqualTo("40");
        assertThat(model.strictProperty().get()).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo("Custom session running, 40 min, strict");
    }

    @Test
    void aSummarySaysHowTheSessionWentAndThatUnderAMinuteDoesNotCount() {
        model.serviceChanged(sessions);
        model.start();
        Session ended = new Session("s1", SessionType.FOCUS, Instant.parse("2026-01-05T10:00:00Z"),
                Instant.parse("2026-01-05T10:00:12Z"), 25, 12, null, false, false, null);
        sessions.ended.put("s1", ended);
        sessions.running = null; // ended elsewhere (shell, API)

        model.refresh();

        assertThat(model.summaryProperty().get())
                .isEqualTo("Focus session stopped after 12 s: under a minute, so it does not count for the score.");
        assertThat(SessionViewModel.summaryOf(new Session("x", SessionType.FOCUS, Instant.EPOCH, Instant.EPOCH, 25, 1500,
                null, true, false, null))).isEqualTo("Focus session completed: 25 min. Well done.");
        assertThat(SessionViewModel.summaryOf(new Session("x", SessionType.BREAK, Instant.EPOCH, Instant.EPOCH, 10, 400,
                null, false, false, null))).isEqualTo("Break session stopped early after 6 min of 10 min.");

        model.start();
        assertThat(model.summaryProperty().get()).as("gone when the next session starts").isEmpty();
    }

    @Test
    void breakPresetsAreFiveTenFifteen() {
        assertThat(SessionViewModel.presetsFor(SessionType.BREAK)).containsExactly(5, 10, 15);
        assertThat(SessionViewModel.presetsFor(SessionType.FOCUS)).containsExactly(25, 50, 90);
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
        assertThat(model.countdownProperty().get()).as("the form kept the mirrored break").isEqualTo("5:00");
    }

    @Test
    void aRefusalMessageGoesWhenTheSessionEnds() {
        model.serviceChanged(sessions);
        model.strictProperty().set(true);
        model.start();
        model.requestStop();
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
