package com.focusflow.support.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WallClockTest {
    private static final Instant MOVED = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void aBoundClockIsUsedUntilItIsReleased() {
        WallClock wall = new WallClock();
        Clock provided = Clock.fixed(MOVED, ZoneOffset.UTC);

        wall.use(provided);
        assertThat(wall.instant()).isEqualTo(MOVED);

        wall.release(provided);
        assertThat(wall.instant()).isBefore(MOVED);
    }

    @Test
    void releasingAClockNoLongerInUseKeepsItsReplacement() {
        WallClock wall = new WallClock();
        Clock first = Clock.fixed(MOVED.minusSeconds(60), ZoneOffset.UTC);
        Clock replacement = Clock.fixed(MOVED, ZoneOffset.UTC);

        wall.use(first);
        wall.use(replacement); // a greedy reference binds the better clock before unbinding the old one
        wall.release(first);

        assertThat(wall.instant()).isEqualTo(MOVED);
    }
}
