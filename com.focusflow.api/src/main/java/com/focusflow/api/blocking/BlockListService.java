package com.focusflow.api.blocking;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The block list. Every change posts {@link BlockingTopics#BLOCKLIST_CHANGED}; a running block picks up
 * the change at once. All methods may throw {@link com.focusflow.api.FocusFlowException} of kind
 * {@code DATABASE}.
 */
@ProviderType
public interface BlockListService {
    /**
     * Validates, normalizes and adds an item; adding an existing one enables it and returns it. Websites:
     * a pasted URL becomes its host, IDN becomes punycode, case is lowered, {@code www.}/{@code m.} are
     * dropped (those variants are blocked with the apex). Apps: case is lowered, {@code .exe} dropped.
     *
     * @param type app or website
     * @param raw what the user typed
     * @return the stored, normalized item
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} if {@code type} is null, the website
     *         is not a valid host name (spaces, control characters, {@code #}, an IP literal, a wildcard,
     *         over 253 characters) or the app is protected (system processes, FocusFlow itself), with a
     *         message saying why
     */
    BlockedItem add(ItemType type, String raw);

    /**
     * Disables an item (soft delete); disabling a disabled item changes nothing.
     *
     * @return the disabled item
     * @throws com.focusflow.api.FocusFlowException {@code NOT_FOUND} if there is no item with this id
     */
    BlockedItem remove(String id);

    /**
     * Enables an item again; enabling an enabled item changes nothing.
     *
     * @return the enabled item
     * @throws com.focusflow.api.FocusFlowException {@code NOT_FOUND} if there is no item with this id
     */
    BlockedItem enable(String id);

    /** Every item, enabled or not, ordered by type, then value. */
    List<BlockedItem> list();

    /** Every item of one type, enabled or not, ordered by value. */
    List<BlockedItem> list(ItemType type);
}
