package com.focusflow.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

class ConsoleActionsTest {

    final SessionService sessions = mock(SessionService.class);
    final BlockingService blocking = mock(BlockingService.class);
    final ConsoleServices services = new ConsoleServices(sessions, blocking, null, null, null);

    @Test
    void startsAStrictSessionFromTheForm() {
        when(sessions.start(any())).thenReturn(new Session("id", SessionType.BREAK, Instant.EPOCH, null, 5, 0, 300L,
                false, true, null));

        String done = ConsoleActions.apply(services, Map.of("action", "start", "type", "break", "minutes", "5",
                "strict", "on")::get);

        verify(sessions).start(new StartRequest(SessionType.BREAK, 5, true, null));
        assertThat(done).isEqualTo("Started a 5 min break session.");
    }

    @Test
    void turnsBlockingOff() {
        when(blocking.setEnabled(false)).thenReturn(new BlockingStatus(false, false, List.of()));

        assertThat(ConsoleActions.apply(services, Map.of("action", "blocking", "enabled", "false")::get))
                .isEqualTo("Blocking is off.");
    }

    @Test
    void badInputIsRefusedNamingTheProblemAndChangesNothing() {
        assertThatThrownBy(() -> ConsoleActions.apply(services, Map.of("action", "start", "type", "focus", "minutes",
                "lots")::get)).isInstanceOf(FocusFlowException.class).hasMessageContaining("minutes must be a whole number")
                .extracting(e -> ((FocusFlowException) e).kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThatThrownBy(() -> ConsoleActions.apply(services, Map.of("action", "reboot")::get))
                .hasMessageContaining("unknown action 'reboot'");
        verify(sessions, never()).start(any());
    }

    @Test
    void aMissingServiceIsUnavailableNotAnError() {
        ConsoleServices none = new ConsoleServices(null, null, null, null, null);
        assertThatThrownBy(() -> ConsoleActions.apply(none, Map.of("action", "stop")::get))
                .isInstanceOf(FocusFlowException.class).hasMessageStartingWith("sessions unavailable")
                .extracting(e -> ((FocusFlowException) e).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
    }
}
