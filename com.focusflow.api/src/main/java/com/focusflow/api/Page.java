package com.focusflow.api;

import java.util.List;
import java.util.Objects;

/**
 * One page of a longer, ordered result, e.g. session history newest first.
 *
 * @param items the items on this page, at most {@code limit}
 * @param offset how many items of the whole result precede this page (0-based)
 * @param limit the page size that was asked for
 * @param total how many items the whole result has
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {
    /** Copies the list. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether items follow after this page. */
    public boolean hasMore() {
        return offset + (long) items.size() < total;
    }
}
