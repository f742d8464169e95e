package com.focusflow.schedule.internal.plan;

import static com.focusflow.schedule.internal.plan.Schedules.disabled;
import static com.focusflow.schedule.internal.plan.Schedules.every;
import static com.focusflow.schedule.internal.plan.Schedules.strict;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;

class StrictRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant INSIDE = Instant.parse("2026-01-05T09:00:00Z"); // 10:00 Berlin
    static final Instant OUTSIDE = Instant.parse("2026-01-05T15:00:00Z");
    final Schedule exam = strict(every("Exam", "09:00", "12:00"));

    @Test
    void whileOpenAStrictScheduleCannotBeDisabledDeletedWeakenedShortenedOrSkipped() {
        assertThatThrownBy(() -> StrictRules.checkUpdate(exam, disabled(exam), INSIDE, BERLIN)).isInstanceOf(FocusFlowException.class)
                .hasMessageContaining("cannot be disabled").hasMessageContaining("until Mon 12:00");
        assertThatThrownBy(() -> StrictRules.checkUpdate(exam, every("Exam", "09:00", "12:00"), INSIDE, BERLIN))
                .hasMessageContaining("made non-strict");
        assertThatThrownBy(() -> StrictRules.checkUpdate(exam, strict(every("Exam", "09:00", "11:00")), INSIDE, BERLIN))
                .hasMessageContaining("shortened");
        assertThatThrownBy(() -> StrictRules.checkUpdate(exam, strict(every("Exam", "10:30", "12:00")), INSIDE, BERLIN))
                .as("moving the start past now closes the window").hasMessageContaining("shortened");
        assertThatThrownBy(() -> StrictRules.checkRemove(exam, INSIDE, BERLIN)).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> StrictRules.checkSkip(exam)).hasMessageContaining("cannot be skipped");
    }

    @Test
    void whileOpenItMayBeRenamedOrLengthened() {
        assertThatCode(() -> StrictRules.checkUpdate(exam, strict(every("Exams", "08:00", "13:00")), INSIDE, BERLIN))
                .doesNotThrowAnyException();
    }

    @Test
    void outsideItsWindowAnythingGoesExceptSkipping() {
        assertThatCode(() -> StrictRules.checkUpdate(exam, disabled(exam), OUTSIDE, BERLIN)).doesNotThrowAnyException();
        assertThatCode(() -> StrictRules.checkRemove(exam, OUTSIDE, BERLIN)).doesNotThrowAnyException();
        assertThatCode(() -> StrictRules.checkRemove(every("Easy", "09:00", "12:00"), INSIDE, BERLIN)).doesNotThrowAnyException();
    }
}
