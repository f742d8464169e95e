package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

class SessionItemsTest {

    static final Instant NOW = Instant.parse("2026-01-05T12:00:00Z");
    static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String OTHER = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    static Session good(String id) {
        return new Session(id, SessionType.FOCUS, START, START.plusSeconds(1500), 25, 1500, null, true, false, "work");
    }

    @Test
    void validItemsComeBackAsTheyWouldBeStored() {
        Session precise = new Session(ID, SessionType.BREAK, Instant.parse("2026-01-05T09:00:00.123456789Z"),
                Instant.parse("2026-01-05T09:05:00.123999Z"), 5, 300, 42L, true, false, "  coffee  ");

        Session stored = SessionItems.validate(List.of(precise), NOW).get(0);

        assertThat(stored.startTime()).isEqualTo(Instant.parse("2026-01-05T09:00:00.123Z"));
        assertThat(stored.endTime()).isEqualTo(Instant.parse("2026-01-05T09:05:00.123Z"));
        assertThat(stored.remainingSeconds()).as("derived, not imported").isNull();
        assertThat(stored.label()).isEqualTo("coffee");
        assertThat(SessionItems.validate(List.of(good(ID), later(OTHER, 1500)), NOW)).as("back to back").hasSize(2);
    }

    static Session later(String id, long seconds) {
        Instant start = START.plusSeconds(seconds);
        return new Session(id, SessionType.FOCUS, start, start.plusSeconds(1500), 25, 1500, null, true, false, null);
    }

    /** An export of a person's history holds every device's sessions: two devices focusing at once overlap. */
    @Test
    void sessionsOfSeveralDevicesThatOverlapAreKept() {
        Session longOne = new Session(ID, SessionType.FOCUS, START, START.plusSeconds(3 * 3600), 180, 3 * 3600, null, true,
                false, null);

        assertThat(SessionItems.validate(List.of(longOne, later("b", 600), later("c", 5000), later("x", 1000)), NOW))
                .hasSize(4);
    }

    /** More sessions at one instant than anybody has devices: a broken or forged file, refused naming another. */
    @Test
    void moreSessionsAtOnceThanDevicesAreRefusedNamingOneOfTheOthers() {
        List<Session> stacked = new ArrayList<>();
        for (int i = 0; i < SessionItems.MOST_AT_ONCE; i++) {
            stacked.add(later("s" + i, 60L * i)); // each starts a minute after the last; all still run at 9:10
        }
        assertThat(SessionItems.validate(stacked, NOW)).as("as many as devices").hasSize(SessionItems.MOST_AT_ONCE);

        stacked.add(later("ninth", 600));
        assertThatThrownBy(() -> SessionItems.validate(stacked, NOW))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageStartingWith("sessions[8].startTime: 2026-01-05T09:10:00Z overlaps 8 other sessions, e.g. "
                        + "sessions[0] (2026-01-05T09:00:00Z to 2026-01-05T09:25:00Z)");

        stacked.set(SessionItems.MOST_AT_ONCE, later("ninth", 1500)); // starts as the first ends: back to back
        assertThat(SessionItems.validate(stacked, NOW)).hasSize(SessionItems.MOST_AT_ONCE + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id           | sessions[1].id: must be 1 to 64 letters, digits",
        "type         | sessions[1].type: is required",
        "noStart      | sessions[1].startTime: is required",
        "ancientStart | sessions[1].startTime: 1999-12-31T23:59:59Z is not a plausible start",
        "futureStart  | sessions[1].startTime: 2026-01-07T12:00:00Z is not a plausible start",
        "endBefore    | sessions[1].endTime: must be from startTime to 720 minutes after it",
        "endTooLate   | sessions[1].endTime: must be from startTime to 720 minutes after it",
        "planned      | sessions[1].plannedMinutes: must be 1..720, was 721",
        "actual       | sessions[1].actualSeconds: must be 0..43200, was -1",
        "completed    | sessions[1].completed: a session without endTime is still running",
        "label        | sessions[1].label: label must be at most 100 characters",
        "control      | sessions[1].label: label must not contain control characters",
        "duplicate    | sessions[1].id: 0f8fad5b-d9cb-469f-a165-70867728950e appears twice, first at sessions[0]" })
    void aBadItemIsRefusedNamingSectionIndexAndField(String problem, String message) {
        Session g = good(OTHER);
        Session bad = switch (problem) {
            case "id" -> withId("0f8fad5b d9cb");
            case "type" -> new Session(OTHER, null, START, g.endTime(), 25, 1500, null, true, false, null);
            case "noStart" -> new Session(OTHER, SessionType.FOCUS, null, g.endTime(), 25, 1500, null, true, false, null);
            case "ancientStart" -> new Session(OTHER, SessionType.FOCUS, Instant.parse("1999-12-31T23:59:59Z"), null, 25, 0,
                    null, false, false, null);
            case "futureStart" -> new Session(OTHER, SessionType.FOCUS, NOW.plusSeconds(2 * 86_400), null, 25, 0, null, false,
                    false, null);
            case "endBefore" -> new Session(OTHER, SessionType.FOCUS, START, START.minusMillis(1), 25, 0, null, false, false, null);
            case "endTooLate" -> new Session(OTHER, SessionType.FOCUS, START, START.plusSeconds(43_201), 25, 1500, null, false,
                    false, null);
            case "planned" -> new Session(OTHER, SessionType.FOCUS, START, g.endTime(), 721, 1500, null, true, false, null);
            case "actual" -> new Session(OTHER, SessionType.FOCUS, START, g.endTime(), 25, -1, null, false, false, null);
            case "completed" -> new Session(OTHER, SessionType.FOCUS, START, null, 25, 1500, null, true, false, null);
            case "label" -> new Session(OTHER, SessionType.FOCUS, START, g.endTime(), 25, 1500, null, true, false, "x".repeat(101));
            case "control" -> new Session(OTHER, SessionType.FOCUS, START, g.endTime(), 25, 1500, null, true, false, "a\nb");
            case "duplicate" -> good(ID);
            default -> throw new IllegalArgumentException(problem);
        };
        assertThatThrownBy(() -> SessionItems.validate(List.of(good(ID), bad), NOW))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining(message);
    }

    private static Session withId(String id) {
        return new Session(id, SessionType.FOCUS, START, START.plusSeconds(1500), 25, 1500, null, true, false, null);
    }

    @Test
    void idsAreALetterOrDigitThenUpTo63SafeCharacters() {
        assertThat(List.of("0f8fad5b-d9cb-469f-a165-70867728950e", "a", "A.b_c-9", "x".repeat(64)))
                .allMatch(SessionItems::plausibleId);
        assertThat(java.util.Arrays.asList(null, "", "x".repeat(65), ".a", "-a", "_a", "a b", "a/b", "\u00e4", "a\u00e4",
                "a\n")).noneMatch(SessionItems::plausibleId);
    }
}
