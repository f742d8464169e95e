package com.focusflow.blocking.internal.list;

import java.util.ArrayList;
import java.util.List;

import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.hosts.HostNames;

/** What blockers get from the block list: the enabled items, websites with their variants. */
public final class BlockSets {

    private BlockSets() {
    }

    public static BlockSet of(List<BlockedItem> items) {
        List<String> websites = new ArrayList<>();
        List<String> apps = new ArrayList<>();
        for (BlockedItem item : items) {
            if (!item.enabled()) {
                continue;
            }
            if (item.type() == ItemType.WEBSITE) {
                websites.addAll(HostNames.variants(item.value()));
            } else {
                apps.add(item.value());
            }
        }
        return new BlockSet(websites, apps);
    }
}
