package com.focusflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void hasMoreOnlyWhenItemsFollowThePage() {
        assertThat(new Page<>(List.of("a", "b"), 0, 2, 5).hasMore()).isTrue();
        assertThat(new Page<>(List.of("e"), 4, 2, 5).hasMore()).isFalse();
        assertThat(new Page<>(List.of(), 10, 2, 5).hasMore()).isFalse();
    }
}
