package com.focusflow.blocking.internal.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.focusflow.blocking.internal.strict.StrictSession;

import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.blocking.testing.RecordingEvents;

class BlockListTest {

    /** Issue 12 point 6: during a strict session the list may grow but not shrink. */
    @org.junit.jupiter.api.Test
    void aStrictSessionRefusesRemovingButAllowsAdding() {
        MemoryBlockListStore store = new MemoryBlockListStore();
        com.focusflow.api.session.Session strict = new com.focusflow.api.session.Session("s1",
                com.focusflow.api.session.SessionType.FOCUS, Instant.parse("2026-01-05T09:00:00Z"), null, 50, 600, 2430L,
                false, true, null);
        BlockList during = new BlockList(store, events, Clock.systemUTC(),
                new StrictSession(() -> java.util.Optional.of(strict)));
        BlockedItem youtube = during.add(ItemType.WEBSITE, "youtube.com");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> during.remove(youtube.id()))
                .isInstanceOfSatisfying(com.focusflow.api.FocusFlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(com.focusflow.api.ErrorKind.INVALID_SESSION);
                    assertThat(e.getMessage()).contains("strict session").contains("40 min 30 s");
                });
        assertThat(during.list()).singleElement().satisfies(i -> assertThat(i.enabled()).isTrue());
        assertThat(during.add(ItemType.APP, "steam").enabled()).isTrue();
    }


    private final RecordingEvents events = new RecordingEvents();
    private final BlockList list = new BlockList(new MemoryBlockListStore(), events,
            Clock.fixed(Instant.parse("2026-01-05T09:30:00Z"), ZoneOffset.UTC), StrictSession.NONE);

    @Test
    void addNormalizesStoresAndAnnounces() {
        BlockedItem item = list.add(ItemType.WEBSITE, "https://www.YouTube.com/watch?v=x");

        assertThat(item.value()).isEqualTo("youtube.com");
        assertThat(item.enabled()).isTrue();
        assertThat(list.list()).containsExactly(item);
        assertThat(events.topics()).containsExactly(BlockingTopics.BLOCKLIST_CHANGED);
        assertThat(events.events.get(0).getProperty(BlockingTopics.PROP_TYPE)).isEqualTo("website");
        assertThat(events.events.get(0).getProperty(BlockingTopics.PROP_VALUE)).isEqualTo("youtube.com");
    }

    @Test
    void addingTheSameSiteTwiceKeepsOneItemAndRemoveOnlyDisables() {
        BlockedItem first = list.add(ItemType.WEBSITE, "youtube.com");
        BlockedItem again = list.add(ItemType.WEBSITE, "m.youtube.com");
        assertThat(again.id()).isEqualTo(first.id());

        BlockedItem removed = list.remove(first.id());
        assertThat(removed.enabled()).isFalse();
        assertThat(list.list()).containsExactly(removed);
        assertThat(list.add(ItemType.WEBSITE, "YOUTUBE.com").enabled()).as("adding enables it again").isTrue();
        assertThat(list.enable(first.id()).enabled()).isTrue();
    }

    @Test
    void listsByTypeThenValue() {
        list.add(ItemType.WEBSITE, "zeit.de");
        list.add(ItemType.APP, "Steam.exe");
        list.add(ItemType.WEBSITE, "arte.tv");
        assertThat(list.list()).extracting(BlockedItem::value).containsExactly("steam", "arte.tv", "zeit.de");
        assertThat(list.list(ItemType.APP)).extracting(BlockedItem::value).containsExactly("steam");
    }

    @Test
    void errorsAreTyped() {
        assertThat(kind(() -> list.add(null, "x.com"))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> list.add(ItemType.APP, "explorer.exe"))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> list.add(ItemType.WEBSITE, "evil.com\n0.0.0.0 bank.com"))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> list.remove("404"))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kind(() -> list.enable(null))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(list.list()).isEmpty();
        assertThat(events.events).isEmpty();
    }

    @Test
    void theBlockSetHasEnabledItemsWithVariants() {
        list.add(ItemType.WEBSITE, "youtube.com");
        list.remove(list.add(ItemType.WEBSITE, "reddit.com").id());
        list.add(ItemType.APP, "discord");

        BlockSet set = BlockSets.of(list.list());

        assertThat(set.websites()).containsExactly("m.youtube.com", "www.youtube.com", "youtube.com");
        assertThat(set.apps()).containsExactly("discord");
    }

    private static ErrorKind kind(Runnable call) {
        try {
            call.run();
        } catch (FocusFlowException e) {
            return e.kind();
        }
        throw new AssertionError("no FocusFlowException");
    }

    @Test
    void aBlankIdIsNotFoundWithAMessage() {
        assertThatThrownBy(() -> list.remove(" ")).isInstanceOf(FocusFlowException.class).hasMessageContaining("id");
    }
}
