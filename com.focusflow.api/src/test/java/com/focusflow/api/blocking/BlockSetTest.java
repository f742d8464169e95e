package com.focusflow.api.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSetTest {

    @Test
    void isSortedAndFreeOfDuplicatesSoOrderDoesNotMatter() {
        BlockSet a = new BlockSet(List.of("www.b.com", "a.com", "b.com", "a.com"), List.of("steam", "discord"));
        BlockSet b = new BlockSet(List.of("a.com", "b.com", "www.b.com"), List.of("discord", "steam", "steam"));

        assertThat(a.websites()).containsExactly("a.com", "b.com", "www.b.com");
        assertThat(a.apps()).containsExactly("discord", "steam");
        assertThat(a).isEqualTo(b);
        assertThat(BlockSet.EMPTY.websites()).isEmpty();
    }
}
