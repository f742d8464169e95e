package com.focusflow.blocking.internal.list;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SyncFormat;

/**
 * Checks the {@code blocklist} section of an import before anything is merged. Values go through the same
 * {@link HostNames} and {@link AppNames} rules as what a user types, so an import can never put anything
 * but a valid host name into the hosts file. A mistake is {@code INVALID_INPUT} naming the place, e.g.
 * {@code blocklist[3].value: website 'exa mple.com' cannot be blocked: ...}.
 */
final class BlockListItems {

    /** No item of FocusFlow's is older: an older time is a broken file. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead of this machine's clock another machine's clock may be. */
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private BlockListItems() {
    }

    /**
     * The items as they would be stored: values normalized, {@code updatedAt} truncated to milliseconds (what
     * the database keeps), ids kept only as a wish (null if absent).
     *
     * @param now this machine's wall clock, the bound for {@code updatedAt} (plus {@link #CLOCK_SKEW})
     */
    static List<BlockedItem> validate(List<BlockedItem> items, Instant now) {
        Map<String, Integer> seen = new HashMap<>();
        List<BlockedItem> valid = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BlockedItem item = valid(i, items.get(i), now);
            Integer first = seen.putIfAbsent(item.type().value() + ":" + item.value(), i);
            if (first != null) {
                throw invalid(i, "value", "%s %s appears twice, first at %s[%d]", item.type(), item.value(),
                        SyncFormat.BLOCKLIST, first);
            }
            valid.add(item);
        }
        return valid;
    }

    private static BlockedItem valid(int i, BlockedItem item, Instant now) {
        if (item.id() != null && !ID.matcher(item.id()).matches()) {
            throw invalid(i, "id", "must be a positive whole number (as a string) or left out");
        }
        if (item.type() == null) {
            throw invalid(i, "type", "is required; allowed: app, website");
        }
        String value;
        try {
            value = item.type() == ItemType.WEBSITE ? Websites.normalize(item.value()) : AppNames.normalize(item.value());
        } catch (FocusFlowException e) {
            throw invalid(i, "value", "%s", e.getMessage());
        }
        if (item.updatedAt() == null) {
            throw invalid(i, "updatedAt", "is required");
        }
        Instant updatedAt = item.updatedAt().truncatedTo(ChronoUnit.MILLIS);
        if (updatedAt.isBefore(EARLIEST) || updatedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid(i, "updatedAt", "%s is not plausible (%s .. a day from now)", updatedAt, EARLIEST);
        }
        return new BlockedItem(item.id(), item.type(), value, item.enabled(), updatedAt);
    }

    private static FocusFlowException invalid(int index, String field, String format, Object... args) {
        return FocusFlowException.invalidInput("%s[%d].%s: %s", SyncFormat.BLOCKLIST, index, field,
                String.format(format, args));
    }
}
