package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderStatus;

class SyncLineTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    static SyncDevice device(String name, String error) {
        return new SyncDevice("id-" + name, name, NOW, NOW, Map.of(), error);
    }

    static SyncFolderStatus status(String problem, List<SyncDevice> peers, Instant lastSync) {
        return new SyncFolderStatus(true, "/home/u/Sync", device("here", null), lastSync, problem, peers);
    }

    @Test
    void hiddenWhenOffOrWithoutTheSyncBundle() {
        assertThat(SyncLine.text(null, NOW)).isNull();
        assertThat(SyncLine.text(new SyncFolderStatus(false, null, null, null, null, List.of()), NOW)).isNull();
    }

    @Test
    void namesThePeersAndWhenItLastLooked() {
        assertThat(SyncLine.text(status(null, List.of(device("laptop", null), device("desktop", null)),
                NOW.minusSeconds(130)), NOW)).isEqualTo("Synced with laptop, desktop, 2 min ago");
        assertThat(SyncLine.text(status(null, List.of(device("laptop", null)), NOW.minusSeconds(5)), NOW))
                .isEqualTo("Synced with laptop, just now");
        assertThat(SyncLine.text(status(null, List.of(), NOW), NOW)).isEqualTo("Sync: no other device in /home/u/Sync yet");
    }

    @Test
    void aProblemOrABadPeerFileComesFirst() {
        assertThat(SyncLine.text(status("the sync folder /x does not exist", List.of(device("laptop", null)), NOW), NOW))
                .isEqualTo("Sync: the sync folder /x does not exist");
        assertThat(SyncLine.text(status(null, List.of(device("laptop", "f.json: truncated")), NOW), NOW))
                .isEqualTo("Sync: a file of another device is not merged: f.json: truncated");
    }
}
