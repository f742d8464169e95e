package com.focusflow.blocking.internal.list;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.sync.SectionReport;

/**
 * How imported block-list items meet the local list: by type and value. An item not here is added (with
 * the id it had, if that id is free here, so that a backup restored into an empty list keeps its ids); an
 * item here takes {@code enabled} and {@code updatedAt} from the imported record if that one is newer. On
 * the same instant an enabled record beats a disabled one (blocking is the safe side), so two machines
 * that exchange exports both ways end with the same list.
 */
public final class BlockListMerge {

    /**
     * @param report what the merge does
     * @param added the items to insert, with the ids they get here
     * @param updated the local items with the flag and time they take
     */
    public record Result(SectionReport report, List<BlockedItem> added, List<BlockedItem> updated) {
    }

    private BlockListMerge() {
    }

    /** Whether {@code incoming} replaces {@code local}'s flag and time. */
    static boolean newer(BlockedItem incoming, BlockedItem local) {
        int order = incoming.updatedAt().compareTo(local.updatedAt());
        return order > 0 || (order == 0 && incoming.enabled() && !local.enabled());
    }

    /**
     * @param local every item stored here
     * @param incoming validated imported items, unique by type and value
     */
    public static Result merge(Collection<BlockedItem> local, List<BlockedItem> incoming) {
        Map<String, BlockedItem> byKey = new HashMap<>();
        Set<String> usedIds = new HashSet<>();
        long maxId = 0;
        for (BlockedItem item : local) {
            byKey.put(key(item), item);
            usedIds.add(item.id());
            maxId = Math.max(maxId, Long.parseLong(item.id()));
        }
        for (BlockedItem item : incoming) {
            if (item.id() != null && !byKey.containsKey(key(item))) {
                maxId = Math.max(maxId, Long.parseLong(item.id()));
            }
        }
        List<BlockedItem> added = new ArrayList<>();
        List<BlockedItem> updated = new ArrayList<>();
        int unchanged = 0;
        for (BlockedItem item : incoming) {
            BlockedItem here = byKey.get(key(item));
            if (here == null) {
                String id = item.id() != null && usedIds.add(item.id()) ? item.id() : Long.toString(++maxId);
                usedIds.add(id);
                added.add(new BlockedItem(id, item.type(), item.value(), item.enabled(), item.updatedAt()));
            } else if (newer(item, here)) {
                updated.add(new BlockedItem(here.id(), here.type(), here.value(), item.enabled(), item.updatedAt()));
            } else {
                unchanged++;
            }
        }
        return new Result(new SectionReport(added.size(), updated.size(), unchanged), added, updated);
    }

    private static String key(BlockedItem item) {
        return item.type().value() + ":" + item.value();
    }
}
