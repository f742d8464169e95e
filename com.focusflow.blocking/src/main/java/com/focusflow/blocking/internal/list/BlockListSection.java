package com.focusflow.blocking.internal.list;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.blocking.internal.strict.StrictSession;

/**
 * The {@code blocklist} section of an export: every item, enabled or not, ordered by type and value. An
 * import is validated by {@link BlockListItems}, merged by {@link BlockListMerge} in one transaction, and
 * announced as one {@link BlockingTopics#BLOCKLIST_CHANGED} event, so a running block picks it up at once.
 */
@Component(service = DataContributor.class)
public final class BlockListSection implements DataContributor<BlockedItem> {

    private static final Logger LOG = LoggerFactory.getLogger(BlockListSection.class);

    private final BlockListStore store;
    private final EventAdmin events;
    private final Clock clock;
    private final StrictSession strict;

    @Activate
    public BlockListSection(@Reference BlockListStore store, @Reference EventAdmin events,
            @Reference StrictSession strict) {
        this(store, events, Clock.systemUTC(), strict);
    }

    BlockListSection(BlockListStore store, EventAdmin events, Clock clock, StrictSession strict) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.strict = strict;
    }

    @Override
    public String section() {
        return SyncFormat.BLOCKLIST;
    }

    @Override
    public Class<BlockedItem> itemType() {
        return BlockedItem.class;
    }

    @Override
    public void export(Consumer<? super BlockedItem> sink) {
        store.list(null).forEach(sink);
    }

    @Override
    public ImportPlan prepareImport(List<BlockedItem> items) {
        List<BlockedItem> valid = BlockListItems.validate(items, clock.instant());
        List<BlockedItem> local = store.list(null);
        BlockListMerge.Result merged = BlockListMerge.merge(local, valid);
        Set<String> enabledHere = local.stream().filter(BlockedItem::enabled).map(BlockedItem::id).collect(Collectors.toSet());
        if (merged.updated().stream().anyMatch(i -> !i.enabled() && enabledHere.contains(i.id()))) {
            strict.refuseDuring("An import that disables block-list items");
        }
        SectionReport predicted = merged.report();
        return ImportPlan.of(predicted, () -> {
            SectionReport done = store.merge(valid);
            if (done.changed() > 0) {
                events.postEvent(new Event(BlockingTopics.BLOCKLIST_CHANGED, Map.of()));
            }
            LOG.info("Imported block list: {}", done);
            return done;
        });
    }
}
