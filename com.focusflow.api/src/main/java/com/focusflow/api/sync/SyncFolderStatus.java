package com.focusflow.api.sync;

import java.time.Instant;
import java.util.List;

/**
 * The state of the folder sync, as {@code GET /sync/devices} shows it.
 *
 * @param enabled whether a folder is configured
 * @param folder the folder, or null when off
 * @param device this device
 * @param lastSync when this device last finished looking at the folder (merging what changed), or null
 * @param problem why the folder cannot be used (missing, not writable), or null
 * @param peers the other devices whose files are in the folder, by name
 */
public record SyncFolderStatus(boolean enabled, String folder, SyncDevice device, Instant lastSync, String problem,
        List<SyncDevice> peers) {
    /** Copies the list. */
    public SyncFolderStatus {
        peers = List.copyOf(peers);
    }
}
