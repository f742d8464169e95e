package com.focusflow.api.sync;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One section of the export document, registered as an OSGi service (whiteboard) by the bundle that
 * owns the data: the session bundle contributes {@value SyncFormat#SESSIONS} (items are
 * {@link com.focusflow.api.session.Session}), the blocking bundle {@value SyncFormat#BLOCKLIST} (items are
 * {@link com.focusflow.api.blocking.BlockedItem}). A new bundle adds its section without changing sync.
 * If two contributors claim one section, the one with the highest service ranking is used.
 *
 * @param <T> the item type, a record serialized as it is
 */
@ConsumerType
public interface DataContributor<T> {
    /** The section name: lower case letters, digits and {@code -}, e.g. {@code "sessions"}. */
    String section();

    /** The item class, so sync can read the document's items into typed objects. */
    Class<T> itemType();

    /**
     * Passes every item to {@code sink} one at a time, from one consistent snapshot, in a stable order
     * (e.g. by start time, then id) so that exporting the same data twice gives the same items.
     *
     * @throws com.focusflow.api.FocusFlowException {@code DATABASE}; or whatever {@code sink} throws (e.g.
     *         {@code IO} when the output fails), which ends the export
     */
    void export(Consumer<? super T> sink);

    /**
     * Passes the items of one part of the section to {@code sink}, as {@link #export} would pass them (same
     * items, same order), for a consumer that keeps the section in parts by time and rewrites only the parts
     * that changed: the sync folder keeps sessions in one file per month of their start. A section whose items
     * carry no such time has no parts: it passes nothing and answers false, and the caller exports it whole.
     *
     * @param from the part's first instant (inclusive), e.g. the first of a month at 00:00 UTC
     * @param to the part's end (exclusive)
     * @return whether the section has parts; for sessions true, the part being those that start in
     *         {@code [from, to)}
     * @throws com.focusflow.api.FocusFlowException as {@link #export}
     */
    default boolean exportPart(Instant from, Instant to, Consumer<? super T> sink) {
        return false;
    }

    /**
     * Validates every item and computes the merge with the local data without writing anything.
     * Merge rules are the contributor's: sessions by id (an existing one is replaced only by a more
     * complete version, e.g. ended over running), block-list items by type and value (the newer
     * {@code updatedAt} decides {@code enabled}). Merging is symmetric and idempotent.
     *
     * @param items the section's items in document order
     * @return the plan, ready to apply
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} naming the place as
     *         {@code section[index].field} and the problem, e.g. {@code sessions[12].plannedMinutes: must
     *         be 1..720}; {@code DATABASE}
     */
    ImportPlan prepareImport(List<T> items);
}
