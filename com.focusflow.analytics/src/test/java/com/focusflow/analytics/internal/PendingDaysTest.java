package com.focusflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.focusflow.analytics.internal.PendingDays.Run;

class PendingDaysTest {

    private final PendingDays pending = new PendingDays();

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }

    @Test
    void onlyTheFirstAdditionAsksForADrain() {
        assertThat(pending.add(day(1), day(1))).isTrue();
        assertThat(pending.add(day(1), day(1))).isFalse();
        assertThat(pending.drain()).containsExactly(new Run(day(1), day(1)));
        assertThat(pending.add(day(2), day(2))).as("empty again after a drain").isTrue();
    }

    @Test
    void aThousandEndsOnOneDayAreOneRecompute() {
        for (int i = 0; i < 1000; i++) {
            pending.add(day(5), day(5));
        }
        assertThat(pending.drain()).containsExactly(new Run(day(5), day(5)));
        assertThat(pending.drain()).isEmpty();
    }

    @Test
    void overlappingAndAdjacentRangesMergeDistantOnesStayApart() {
        pending.add(day(10), day(12));
        pending.add(day(20), day(20));
        pending.add(day(13), day(13)); // adjacent to 10..12
        pending.add(day(1), day(2));
        pending.add(day(11), day(21)); // bridges 10..13 and 20

        assertThat(pending.drain()).containsExactly(new Run(day(1), day(2)), new Run(day(10), day(21)));
    }

    @Test
    void aRangeInsideAnotherChangesNothing() {
        pending.add(day(3), day(9));
        pending.add(day(4), day(5));

        assertThat(pending.drain()).containsExactly(new Run(day(3), day(9)));
    }
}
