package com.focusflow.api.sync;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps this device in step with the user's other devices through a folder that a file-sync program
 * (Syncthing, Dropbox, Nextcloud) shares: each device writes its own files there and merges the others'.
 * Configured by PID {@value #PID}.
 */
@ProviderType
public interface SyncFolderService {
    /** Configuration PID: {@code path} (empty: off), {@code deviceName}. */
    String PID = "com.focusflow.sync.folder";

    /** What the folder sync knows now; cheap, never blocking. */
    SyncFolderStatus status();
}
