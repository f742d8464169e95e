package com.focusflow.ui.internal.model;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Block list and blocking state in memory, with the service's validation of a website reduced to "no spaces". */
final class FakeBlocking implements BlockListService, BlockingService {
    final List<BlockedItem> items = new ArrayList<>();
    boolean enabled = true;
    boolean strictSession;
    List<BlockerHealth> blockers = List.of(BlockerHealth.up("hosts"), BlockerHealth.up("processes"));

    @Override
    public BlockedItem add(ItemType type, String raw) {
        String value = raw.strip().toLowerCase();
        if (value.isEmpty() || value.contains(" ")) {
            throw FocusFlowException.invalidInput("'%s' is not a valid host name: it contains a space", raw);
        }
        if (type == ItemType.WEBSITE) { // as the real service: a URL becomes its host, without www.
            value = value.replaceFirst("^https?://", "").replaceFirst("/.*$", "").replaceFirst("^www\\.", "");
        }
        String normalized = value;
        java.util.Optional<BlockedItem> existing = items.stream()
                .filter(i -> i.type() == type && i.value().equals(normalized)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        BlockedItem item = new BlockedItem(Integer.toString(items.size() + 1), type, value, true, Instant.EPOCH);
        items.add(item);
        return item;
    }

    @Override
    public BlockedItem remove(String id) {
        BlockedItem old = items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> FocusFlowException.notFound("no item %s", id));
        BlockedItem removed = new BlockedItem(old.id(), old.type(), old.value(), false, Instant.EPOCH);
        items.set(items.indexOf(old), removed);
        return removed;
    }

    @Override
    public BlockedItem enable(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<BlockedItem> list() {
        return List.copyOf(items);
    }

    @Override
    public List<BlockedItem> list(ItemType type) {
        return items.stream().filter(i -> i.type() == type).toList();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public BlockingStatus setEnabled(boolean value) {
        if (!value && strictSession) {
            throw FocusFlowException.invalidSession("blocking cannot be turned off during a strict session");
        }
        enabled = value;
        return status();
    }

    @Override
    public BlockingStatus status() {
        return new BlockingStatus(enabled, false, blockers);
    }

    static BlockerHealth degradedHosts(String fix) {
        return new BlockerHealth("hosts", HealthStatus.DEGRADED, fix);
    }
}
