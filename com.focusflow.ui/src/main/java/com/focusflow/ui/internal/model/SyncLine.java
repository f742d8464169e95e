package com.focusflow.ui.internal.model;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderStatus;

/** The window's one line about the sync folder; null when sync is off (the line is hidden). */
public final class SyncLine {

    private SyncLine() {
    }

    public static String text(SyncFolderStatus status, Instant now) {
        if (status == null || !status.enabled()) {
            return null;
        }
        if (status.problem() != null) {
            return "Sync: " + status.problem();
        }
        String error = status.peers().stream().map(SyncDevice::lastError).filter(e -> e != null).findFirst().orElse(null);
        if (error != null) {
            return "Sync: a file of another device is not merged: " + error;
        }
        if (status.peers().isEmpty()) {
            return "Sync: no other device in " + status.folder() + " yet";
        }
        String names = status.peers().stream().map(SyncDevice::name).collect(Collectors.joining(", "));
        return "Synced with " + names + (status.lastSync() == null ? "" : ", " + ago(status.lastSync(), now));
    }

    static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return "just now";
        }
        return seconds < 3600 ? seconds / 60 + " min ago" : seconds / 3600 + " h ago";
    }
}
