package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;

class ItemsPrintTest {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
    static final Session BASE = new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, "x");
    static final Session OTHER = new Session("c", SessionType.CUSTOM, T0.plusSeconds(3600), T0.plusSeconds(3660), 5, 60, null, false,
            false, null);

    @Test
    void equalListsHaveOnePrintAndAChangeInAnyFieldOrTheOrderGivesAnother() {
        List<List<Session>> lists = List.of(
                List.of(BASE),
                List.of(new Session("b", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, "x")),
                List.of(new Session("a", SessionType.BREAK, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0.plusNanos(1), T0.plusSeconds(1500), 25, 1500, null, true, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, null, 25, 1500, null, true, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 26, 1500, null, true, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1501, null, true, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, 0L, true, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, false, false, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, true, "x")),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, null)),
                List.of(new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, "")),
                // the same characters split differently between id and label
                List.of(new Session("ax", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, "")),
                List.of(BASE, OTHER),
                List.of(OTHER, BASE),
                List.of());
        Set<String> prints = new HashSet<>();
        for (List<Session> list : lists) {
            prints.add(hex(ItemsPrint.of(list)));
        }
        assertThat(prints).hasSize(lists.size());
        assertThat(ItemsPrint.of(new ArrayList<>(List.of(BASE)))).isEqualTo(ItemsPrint.of(List.of(
                new Session("a", SessionType.FOCUS, T0, T0.plusSeconds(1500), 25, 1500, null, true, false, "x"))));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }
}
