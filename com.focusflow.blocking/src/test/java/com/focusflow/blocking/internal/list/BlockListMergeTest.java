package com.focusflow.blocking.internal.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;

class BlockListMergeTest {

    static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant T2 = T1.plusSeconds(60);

    static BlockedItem site(String id, String value, boolean enabled, Instant at) {
        return new BlockedItem(id, ItemType.WEBSITE, value, enabled, at);
    }

    @Test
    void theNewerRecordDecidesEnabledAndOnATieEnabledWins() {
        assertThat(BlockListMerge.newer(site("1", "a.com", false, T2), site("7", "a.com", true, T1))).isTrue();
        assertThat(BlockListMerge.newer(site("1", "a.com", true, T1), site("7", "a.com", false, T2))).isFalse();
        assertThat(BlockListMerge.newer(site("1", "a.com", true, T1), site("7", "a.com", false, T1))).isTrue();
        assertThat(BlockListMerge.newer(site("1", "a.com", false, T1), site("7", "a.com", true, T1))).isFalse();
        assertThat(BlockListMerge.newer(site("1", "a.com", true, T1), site("7", "a.com", true, T1))).isFalse();
    }

    @Test
    void itemsMergeByTypeAndValueKeepingLocalIdsAndFreeImportedIds() {
        List<BlockedItem> local = List.of(site("1", "a.com", true, T1), site("2", "b.com", true, T1));
        List<BlockedItem> incoming = List.of(
                site("1", "b.com", false, T2),                       // newer: disables b.com, keeps id 2
                site("9", "a.com", true, T1),                        // same: unchanged
                site("2", "c.com", true, T1),                        // new, id 2 taken here: a new id
                site("5", "d.com", false, T1),                       // new, id 5 free: kept
                new BlockedItem(null, ItemType.APP, "steam", true, T1)); // new, no id

        BlockListMerge.Result result = BlockListMerge.merge(local, incoming);

        assertThat(result.report()).isEqualTo(new SectionReport(3, 1, 1));
        assertThat(result.updated()).containsExactly(site("2", "b.com", false, T2));
        assertThat(result.added()).containsExactly(site("6", "c.com", true, T1), site("5", "d.com", false, T1),
                new BlockedItem("7", ItemType.APP, "steam", true, T1));
    }

    @Test
    void mergingBothWaysGivesTheSameItemsOnBothSides() {
        List<BlockedItem> a = List.of(site("1", "a.com", true, T1), site("2", "b.com", false, T2));
        List<BlockedItem> b = List.of(site("1", "b.com", true, T1), site("2", "c.com", true, T2), site("3", "a.com", false, T1));

        List<BlockedItem> bAfter = apply(b, BlockListMerge.merge(b, a));
        List<BlockedItem> aAfter = apply(a, BlockListMerge.merge(a, bAfter));

        assertThat(withoutIds(aAfter)).containsExactlyInAnyOrderElementsOf(withoutIds(bAfter));
        assertThat(withoutIds(aAfter)).containsExactlyInAnyOrder(site(null, "a.com", true, T1),
                site(null, "b.com", false, T2), site(null, "c.com", true, T2));
        assertThat(BlockListMerge.merge(aAfter, bAfter).report()).isEqualTo(new SectionReport(0, 0, 3));
    }

    private static List<BlockedItem> apply(List<BlockedItem> local, BlockListMerge.Result result) {
        MemoryBlockListStore store = new MemoryBlockListStore();
        store.merge(local);
        store.merge(result.added());
        store.merge(result.updated());
        return store.list(null);
    }

    private static List<BlockedItem> withoutIds(List<BlockedItem> items) {
        return items.stream().map(i -> new BlockedItem(null, i.type(), i.value(), i.enabled(), i.updatedAt())).toList();
    }
}
