package com.focusflow.blocking.internal.list;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;

/**
 * Where block-list items are kept; values arrive already normalized. Registered as a service inside this
 * bundle, so the storage (SQL table {@code blocked_items}) is replaceable without touching the rules.
 * Every method may throw {@link com.focusflow.api.FocusFlowException} {@code DATABASE}.
 */
public interface BlockListStore {

    /** Items of one type, or of all types if {@code type} is null, ordered by type, then value. */
    List<BlockedItem> list(ItemType type);

    Optional<BlockedItem> get(String id);

    /**
     * Inserts an enabled item, or enables the existing one with the same type and value (atomically, so
     * that concurrent adds end with one item). {@code updatedAt} becomes {@code now} only if something
     * changed.
     */
    BlockedItem add(ItemType type, String value, Instant now);

    /**
     * Sets the enabled flag; {@code updatedAt} becomes {@code now} only if it changed.
     *
     * @return the item, empty if there is no item with this id
     */
    Optional<BlockedItem> setEnabled(String id, boolean enabled, Instant now);

    /**
     * Merges imported items (validated, unique by type and value) with {@link BlockListMerge#merge} against
     * the items stored at that moment, all in one transaction.
     *
     * @return what it did
     */
    SectionReport merge(List<BlockedItem> incoming);
}
