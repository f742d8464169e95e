package com.focusflow.api.blocking;

import java.time.Instant;

/**
 * One entry of the block list; also the item of the {@code blocklist} section of an export. Items are
 * unique by {@code (type, value)}; removing one only disables it.
 *
 * @param id an opaque id, unique on this device (imports merge by type and value, not by id)
 * @param type app or website
 * @param value the normalized value: for a website its lower-case ASCII (punycode) host name without
 *        {@code www.}/{@code m.} prefix; for an app its lower-case process name without {@code .exe}
 * @param enabled whether it is blocked; false once removed
 * @param updatedAt when it was added or last enabled or disabled (UTC); on import the newer record's
 *        {@code enabled} wins
 */
public record BlockedItem(String id, ItemType type, String value, boolean enabled, Instant updatedAt) {
}
