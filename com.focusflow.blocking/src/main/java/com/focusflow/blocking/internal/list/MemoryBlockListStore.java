package com.focusflow.blocking.internal.list;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;

/** A {@link BlockListStore} in memory, for tests and benchmarks. */
public final class MemoryBlockListStore implements BlockListStore {

    static final Comparator<BlockedItem> ORDER = Comparator.comparing(BlockedItem::type)
            .thenComparing(BlockedItem::value);

    private final Map<String, BlockedItem> items = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<BlockedItem> list(ItemType type) {
        return items.values().stream().filter(i -> type == null || i.type() == type).sorted(ORDER).toList();
    }

    @Override
    public synchronized Optional<BlockedItem> get(String id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized BlockedItem add(ItemType type, String value, Instant now) {
        for (BlockedItem item : items.values()) {
            if (item.type() == type && item.value().equals(value)) {
                return setEnabled(item.id(), true, now).orElseThrow();
            }
        }
        BlockedItem item = new BlockedItem(Long.toString(nextId++), type, value, true, now);
        items.put(item.id(), item);
        return item;
    }

    @Override
    public synchronized Optional<BlockedItem> setEnabled(String id, boolean enabled, Instant now) {
        BlockedItem item = items.get(id);
        if (item == null || item.enabled() == enabled) {
            return Optional.ofNullable(item);
        }
        BlockedItem changed = new BlockedItem(id, item.type(), item.value(), enabled, now);
        items.put(id, changed);
        return Optional.of(changed);
    }

    @Override
    public synchronized SectionReport merge(List<BlockedItem> incoming) {
        BlockListMerge.Result result = BlockListMerge.merge(items.values(), incoming);
        result.added().forEach(item -> items.put(item.id(), item));
        result.updated().forEach(item -> items.put(item.id(), item));
        nextId = items.keySet().stream().mapToLong(Long::parseLong).max().orElse(0) + 1;
        return result.report();
    }
}
