package com.focusflow.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSlotTest {
    private final List<String> seen = new ArrayList<>();
    private final ServiceSlot<String> slot = new ServiceSlot<>(seen::add);

    @Test
    void aGreedyReplacementKeepsTheNewServiceWhenTheOldIsUnbound() {
        slot.bind("old");
        slot.bind("better"); // SCR binds the replacement first...
        slot.unbind("old"); // ...then unbinds the one it replaces

        assertThat(slot.get()).isEqualTo("better");
        assertThat(seen).containsExactly("old", "better");
    }

    @Test
    void unbindingTheCurrentServiceTellsTheListenerItIsGone() {
        slot.bind("only");
        slot.unbind("only");

        assertThat(slot.get()).isNull();
        assertThat(seen).containsExactly("only", null);
    }
}
