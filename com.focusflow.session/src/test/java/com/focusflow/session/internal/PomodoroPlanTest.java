package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.focusflow.api.session.SessionType;

class PomodoroPlanTest {

    final PomodoroPlan plan = new PomodoroPlan(25, 5, 15, 3);

    @Test
    void focusThenShortBreaksThenALongOneEveryNth() {
        assertThat(plan.next(SessionType.FOCUS, true)).contains(new PomodoroPlan.Step(SessionType.BREAK, 5, false));
        assertThat(plan.next(SessionType.BREAK, true)).contains(new PomodoroPlan.Step(SessionType.FOCUS, 25, false));
        assertThat(plan.next(SessionType.FOCUS, true)).contains(new PomodoroPlan.Step(SessionType.BREAK, 5, false));
        assertThat(plan.next(SessionType.BREAK, true)).contains(new PomodoroPlan.Step(SessionType.FOCUS, 25, false));
        assertThat(plan.next(SessionType.FOCUS, true)).contains(new PomodoroPlan.Step(SessionType.BREAK, 15, true));
        assertThat(plan.next(SessionType.BREAK, true)).contains(new PomodoroPlan.Step(SessionType.FOCUS, 25, false));
        assertThat(plan.next(SessionType.FOCUS, true)).contains(new PomodoroPlan.Step(SessionType.BREAK, 5, false));
    }

    @Test
    void endingEarlyStopsTheCycleAndStartsTheCountAgain() {
        plan.next(SessionType.FOCUS, true);
        plan.next(SessionType.FOCUS, true);
        assertThat(plan.next(SessionType.FOCUS, false)).isEmpty();
        assertThat(plan.next(SessionType.FOCUS, true)).contains(new PomodoroPlan.Step(SessionType.BREAK, 5, false));
        assertThat(plan.next(SessionType.BREAK, false)).isEmpty();
    }

    @Test
    void customSessionsAreNotPartOfTheCycle() {
        assertThat(plan.next(SessionType.CUSTOM, true)).isEmpty();
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> new PomodoroPlan(0, 5, 15, 4)).hasMessageContaining("focusMinutes");
        assertThatThrownBy(() -> new PomodoroPlan(25, 5, 721, 4)).hasMessageContaining("longBreakMinutes");
        assertThatThrownBy(() -> new PomodoroPlan(25, 5, 15, 0)).hasMessageContaining("longBreakEvery");
    }
}
