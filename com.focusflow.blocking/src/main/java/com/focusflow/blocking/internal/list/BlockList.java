package com.focusflow.blocking.internal.list;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.blocking.internal.strict.StrictSession;

/** The block list: validates and normalizes, stores, and posts {@link BlockingTopics#BLOCKLIST_CHANGED}. */
@Component
public final class BlockList implements BlockListService {

    private final BlockListStore store;
    private final EventAdmin events;
    private final Clock clock;
    private final StrictSession strict;

    @Activate
    public BlockList(@Reference BlockListStore store, @Reference EventAdmin events, @Reference StrictSession strict) {
        this(store, events, Clock.systemUTC(), strict);
    }

    /** Without sessions: for tests. */
    public BlockList(BlockListStore store, EventAdmin events) {
        this(store, events, Clock.systemUTC(), StrictSession.NONE);
    }

    BlockList(BlockListStore store, EventAdmin events, Clock clock, StrictSession strict) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.strict = strict;
    }

    @Override
    public BlockedItem add(ItemType type, String raw) {
        if (type == null) {
            throw FocusFlowException.invalidInput("type is required: app or website");
        }
        String value = type == ItemType.WEBSITE ? Websites.normalize(raw) : AppNames.normalize(raw);
        Instant now = now();
        return changed(store.add(type, value, now), now);
    }

    @Override
    public BlockedItem remove(String id) {
        return setEnabled(id, false);
    }

    @Override
    public BlockedItem enable(String id) {
        return setEnabled(id, true);
    }

    @Override
    public List<BlockedItem> list() {
        return store.list(null);
    }

    @Override
    public List<BlockedItem> list(ItemType type) {
        return store.list(type);
    }

    private BlockedItem setEnabled(String id, boolean enabled) {
        if (id == null || id.isBlank()) {
            throw FocusFlowException.notFound("block-list item id is required");
        }
        if (!enabled) {
            strict.refuseDuring("Removing a block-list item");
        }
        Instant now = now();
        BlockedItem item = store.setEnabled(id.strip(), enabled, now)
                .orElseThrow(() -> FocusFlowException.notFound("there is no block-list item with id '%s'", id.strip()));
        return changed(item, now);
    }

    private BlockedItem changed(BlockedItem item, Instant now) {
        if (now.equals(item.updatedAt())) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(BlockingTopics.PROP_ID, item.id());
            properties.put(BlockingTopics.PROP_TYPE, item.type().value());
            properties.put(BlockingTopics.PROP_VALUE, item.value());
            properties.put(BlockingTopics.PROP_ENABLED, item.enabled());
            events.postEvent(new Event(BlockingTopics.BLOCKLIST_CHANGED, properties));
        }
        return item;
    }

    /** Millisecond precision: what the database keeps, so a stored item compares equal to a returned one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
