package com.focusflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TriesTest {

    private record Pair(String text, byte[] bytes) {
    }

    @AfterEach
    void clearSeed() {
        System.clearProperty(Tries.SEED_PROPERTY);
    }

    @Test
    void runsEveryTryWhenTheCheckHolds() {
        AtomicInteger runs = new AtomicInteger();
        Tries.check(250, gen -> gen.string(10), s -> runs.incrementAndGet());
        assertThat(runs).hasValue(250);
    }

    @Test
    void aFailureNamesTheTryTheSeedAndTheInputEscaped() {
        System.setProperty(Tries.SEED_PROPERTY, "77");
        assertThatThrownBy(() -> Tries.check(1000, gen -> new Pair(gen.oneOf("ok", "bad\n\u2028"), new byte[] { 1, (byte) 0xff }),
                pair -> assertThat(pair.text()).isEqualTo("ok")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 77, replay with -Dfocusflow.fuzz.seed=77")
                .hasMessageContaining("input: Pair[text=\"bad\\u000a\\u2028\", bytes=bytes[2] 01 ff]")
                .hasMessageContaining("\"ok\"").hasMessageContaining("but was")
                .hasMessageMatching("(?s)try \\d+ of 1000 failed.*");
    }

    @Test
    void anExceptionFailsTheTryToo() {
        assertThatThrownBy(() -> Tries.check(5, gen -> 7, n -> {
            throw new java.io.IOException("connection reset");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("try 1 of 5").hasMessageContaining("input: 7")
                .hasMessageContaining("connection reset").hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void theSeedPropertyReplaysTheSameInputs() {
        System.setProperty(Tries.SEED_PROPERTY, "123456789");
        List<String> first = new ArrayList<>();
        Tries.check(100, gen -> gen.string(40), first::add);
        List<String> second = new ArrayList<>();
        Tries.check(100, gen -> gen.string(40), second::add);
        assertThat(second).isEqualTo(first);
    }
}
