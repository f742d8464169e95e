package com.focusflow.blocking.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.persistence.jpa.InstantMillisConverter;

/** A row of {@code blocked_items} (db/migration); the type in its wire form, {@code app} or {@code website}. */
@Entity
@Table(name = "blocked_items")
public class BlockedItemEntity {

    // named queries: BlockListQueries
    static final String ALL = "BlockedItem.all";
    static final String BY_TYPE = "BlockedItem.byType";
    static final String BY_TYPE_AND_VALUE = "BlockedItem.byTypeAndValue";
    static final String MAX_ID = "BlockedItem.maxId";

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "item_type", nullable = false)
    private String itemType;

    @Column(name = "value", nullable = false)
    private String value;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantMillisConverter.class)
    private Instant updatedAt;

    protected BlockedItemEntity() {
        // for JPA
    }

    BlockedItemEntity(long id, ItemType type, String value, Instant updatedAt) {
        this(id, type, value, true, updatedAt);
    }

    private BlockedItemEntity(long id, ItemType type, String value, boolean enabled, Instant updatedAt) {
        this.id = id;
        this.itemType = type.value();
        this.value = value;
        this.enabled = enabled;
        this.updatedAt = updatedAt;
    }

    /** An item from an import, as the merge decided it (id, flag and time included). */
    static BlockedItemEntity imported(BlockedItem item) {
        return new BlockedItemEntity(Long.parseLong(item.id()), item.type(), item.value(), item.enabled(), item.updatedAt());
    }

    /** Takes the flag and time of a newer imported record of this item. */
    void adopt(boolean on, Instant at) {
        enabled = on;
        updatedAt = at;
    }

    /** Sets the flag; returns whether it changed (then {@code updatedAt} is {@code now}). */
    boolean enable(boolean on, Instant now) {
        if (enabled == on) {
            return false;
        }
        enabled = on;
        updatedAt = now;
        return true;
    }

    BlockedItem toItem() {
        return new BlockedItem(Long.toString(id), ItemType.parse(itemType), value, enabled, updatedAt);
    }
}
