package com.focusflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class GenTest {

    @Test
    void theSameSeedGivesTheSameInputs() {
        Gen a = new Gen(42);
        Gen b = new Gen(42);
        for (int i = 0; i < 200; i++) {
            assertThat(a.string(50)).isEqualTo(b.string(50));
            assertThat(a.anyLong()).isEqualTo(b.anyLong());
            assertThat(a.bytes(20)).isEqualTo(b.bytes(20));
        }
    }

    @Test
    void stringsHitTheirEdgeCases() {
        Gen gen = new Gen(1);
        List<String> strings = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> strings.add(gen.string(300)));
        assertThat(strings).allSatisfy(s -> assertThat(s.length()).isBetween(0, 300));
        assertThat(strings).contains("").anyMatch(s -> s.length() == 300)
                .anyMatch(s -> !s.isEmpty() && s.isBlank())
                .anyMatch(s -> s.contains("\n") || s.contains("\r"))
                .anyMatch(s -> s.chars().anyMatch(c -> c == 0))
                .anyMatch(s -> s.contains("\u2028") || s.contains("\u0085"))
                .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .anyMatch(s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c))
                        && !s.codePoints().allMatch(Character::isSupplementaryCodePoint))
                .anyMatch(s -> s.chars().anyMatch(c -> c > 0x7f && Character.isLetterOrDigit(c)));
    }

    @Test
    void numbersHitTheirLimits() {
        Gen gen = new Gen(2);
        Set<Long> longs = new HashSet<>();
        Set<Integer> ints = new HashSet<>();
        Set<Double> doubles = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            longs.add(gen.anyLong());
            ints.add(gen.anyInt());
            doubles.add(gen.anyDouble());
        }
        assertThat(ints).contains(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
        assertThat(longs).contains(0L, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE + 1L);
        assertThat(doubles).contains(Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MAX_VALUE);
    }

    @Test
    void boundedValuesStayInTheirBounds() {
        Gen gen = new Gen(3);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(gen.between(-2, 2));
            assertThat(gen.string(1, 12, "ab")).matches("[ab]{1,12}");
            assertThat(gen.list(1, 8, gen::bool)).hasSizeBetween(1, 8);
            assertThat(gen.bytes(400).length).isBetween(0, 400);
        }
        assertThat(seen).containsExactlyInAnyOrder(-2, -1, 0, 1, 2);
    }
}
