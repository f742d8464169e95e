package com.focusflow.sync.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FolderNamesTest {

    static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void ourNamesSayWhoseFileItIsAndWhatItHolds() {
        assertThat(FolderNames.parse(FolderNames.deviceFile(ID))).hasValueSatisfying(n -> {
            assertThat(n.deviceId()).isEqualTo(ID);
            assertThat(n.isDevice()).isTrue();
        });
        assertThat(FolderNames.parse(FolderNames.dataFile(ID, "sessions", "2026-01"))).hasValueSatisfying(n -> {
            assertThat(n.part()).isEqualTo("data.sessions.2026-01");
            assertThat(n.isDevice()).isFalse();
        });
        assertThat(FolderNames.parse(FolderNames.dataFile(ID, "blocklist", null))).isPresent();
        assertThat(FolderNames.isDeviceId(UUID.randomUUID().toString())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ".syncthing.focusflow-" + ID + ".device.json.tmp",
        "focusflow-" + ID + ".data.sessions.2026-01.sync-conflict-20260105-093000-ABCDEFG.json",
        "focusflow-" + ID + ".device.sync-conflict-20260105-093000-ABCDEFG.json",
        "focusflow-" + ID + ".data.sessions.2026-01 (Bob's conflicted copy 2026-01-05).json",
        "focusflow-" + ID + ".device (conflicted copy).json",
        ".~lock.focusflow-" + ID + ".device.json#",
        "focusflow-" + ID + ".device.json.part",
        "focusflow-" + ID + ".data.blocklist.json.3f2a.part",
        ".focusflow-" + ID + "-123.tmp",
        "focusflow-" + ID + ".data.Sessions.json",
        "focusflow-" + ID + ".data..json",
        "focusflow-not-a-uuid.device.json",
        "focusflow-" + ID + ".data.sessions.2026-1.json",
        "../focusflow-" + ID + ".device.json",
        "FOCUSFLOW-" + ID + ".device.json" })
    void syncProgramsTemporaryConflictAndLockFilesAndAnythingElseAreNotOurs(String name) {
        assertThat(FolderNames.parse(name)).isEmpty();
    }
}
