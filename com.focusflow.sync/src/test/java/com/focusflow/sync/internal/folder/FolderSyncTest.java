package com.focusflow.sync.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderStatus;

class FolderSyncTest {

    @TempDir
    Path root;

    Path folder() throws Exception {
        return Files.createDirectories(root.resolve("shared"));
    }

    @Test
    void threeDevicesConvergeOnEveryonesItemsAndTheNewestRevisionOfAnItemChangedOnTwo() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        Device c = new Device(root, "c", shared);
        a.put("a1", "from a", 1);
        b.put("b1", "from b", 1);
        c.put("c1", "from c", 1);
        a.put("same", "edited on a", 2);
        b.put("same", "edited on b", 3);

        for (int round = 0; round < 2; round++) {
            for (Device d : List.of(a, b, c)) {
                d.round();
            }
        }

        assertThat(a.notes.table).isEqualTo(b.notes.table).isEqualTo(c.notes.table);
        assertThat(a.notes.table).containsOnlyKeys("a1", "b1", "c1", "same");
        assertThat(c.notes.table.get("same").text()).isEqualTo("edited on b");
    }

    @Test
    void eachDeviceWritesOnlyItsOwnFilesAndLeavesNoTemporaryFile() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        a.put("a1", "x", 1);
        a.round();
        b.round();
        a.round();

        try (Stream<Path> files = Files.list(shared)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    FolderNames.deviceFile(a.id), FolderNames.dataFile(a.id, "notes", null),
                    FolderNames.deviceFile(b.id), FolderNames.dataFile(b.id, "notes", null));
        }
    }

    @Test
    void anUnchangedPeerFileIsNotImportedAndAChangedOneIsImportedOnce() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        a.put("a1", "x", 1);
        a.folderSync.writeOwn();
        b.folderSync.scan();
        int imports = b.notes.applied;

        b.folderSync.scan();
        b.folderSync.scan();
        assertThat(b.notes.applied).as("no import of an unchanged file").isEqualTo(imports);

        a.put("a2", "y", 1);
        a.folderSync.writeOwn();
        b.folderSync.scan();
        b.folderSync.scan();
        assertThat(b.notes.applied).isEqualTo(imports + 1);
        assertThat(b.notes.table).containsOnlyKeys("a1", "a2");
    }

    @Test
    void aFileRewrittenWithTheSameItemsIsNotRewrittenAndATouchedPeerFileIsNotImported() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        a.put("a1", "x", 1);
        a.folderSync.writeOwn();
        Files.setLastModifiedTime(a.dataFile(), FileTime.from(Instant.now().minusSeconds(60)));
        FileTime backdated = Files.getLastModifiedTime(a.dataFile());

        a.folderSync.writeOwn();
        assertThat(Files.getLastModifiedTime(a.dataFile())).as("our own file was touched from outside: rewritten")
                .isNotEqualTo(backdated);
        FileTime rewritten = Files.getLastModifiedTime(a.dataFile());
        a.folderSync.writeOwn();
        assertThat(Files.getLastModifiedTime(a.dataFile())).as("same items: not written again").isEqualTo(rewritten);

        b.folderSync.scan();
        int imports = b.notes.applied;
        Files.setLastModifiedTime(a.dataFile(), FileTime.from(Instant.now().minusSeconds(30)));
        b.folderSync.scan();
        assertThat(b.notes.applied).as("same content, new time: hashed, not imported").isEqualTo(imports);
    }

    @Test
    void aFileCutOffMidWriteIsIgnoredUntilCompleteAndThenMerged() throws Exception {
        Path shared = folder();
        Path elsewhere = Files.createDirectories(root.resolve("a-only"));
        Device a = new Device(root, "a", elsewhere);
        Device b = new Device(root, "b", shared);
        for (int i = 0; i < 50; i++) {
            a.put("n" + i, "text " + i, 1);
        }
        a.folderSync.writeOwn();
        byte[] whole = Files.readAllBytes(a.dataFile());
        Path inShared = shared.resolve(a.dataFile().getFileName());
        Files.write(inShared, java.util.Arrays.copyOf(whole, whole.length / 2));

        b.folderSync.scan();
        assertThat(b.notes.table).as("half a file merges nothing").isEmpty();
        SyncFolderStatus status = b.folderSync.status();
        assertThat(status.peers()).extracting(SyncDevice::lastError).singleElement().asString()
                .contains(inShared.getFileName().toString()).contains("truncated");
        b.folderSync.scan();
        assertThat(b.notes.applied).as("not retried until it changes").isZero();

        Files.write(inShared, whole);
        b.folderSync.scan();
        assertThat(b.notes.table).hasSize(50);
        assertThat(b.folderSync.status().peers()).extracting(SyncDevice::lastError).containsOnlyNulls();
    }

    @Test
    void aFileStillChangingIsMergedOnlyAfterItsSizeAndTimeHeldForTheSettleTime() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        a.put("a1", "x", 1);
        a.folderSync.writeOwn();
        Instant written = Files.getLastModifiedTime(a.dataFile()).toInstant();
        Clock justWritten = Clock.fixed(written, ZoneOffset.UTC);
        Device b = new Device(root, "b", shared, Duration.ofSeconds(2), 1 << 20, justWritten);

        assertThat(b.folderSync.scan()).as("look again soon").isTrue();
        assertThat(b.notes.table).isEmpty();
        b.nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(b.folderSync.scan()).isTrue();
        assertThat(b.notes.table).isEmpty();
        b.nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(b.folderSync.scan()).isFalse();
        assertThat(b.notes.table).containsOnlyKeys("a1");
    }

    @Test
    void aFileMergedBeforeTheBundleOfItsSectionIsUpIsMergedOnceItIs() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        a.put("a1", "x", 1);
        a.folderSync.writeOwn();
        Device b = new Device(root, "b", shared);
        b.byName.clear(); // start-up: the bundle that contributes "notes" is not up yet

        b.folderSync.scan();
        b.folderSync.scan();
        assertThat(b.notes.table).isEmpty();
        assertThat(b.folderSync.status().peers()).extracting(SyncDevice::lastError).containsOnlyNulls();

        b.byName.put("notes", b.notes);
        b.folderSync.scan();
        assertThat(b.notes.table).containsOnlyKeys("a1");
    }

    @Test
    void theFilesOfASectionWhoseBundleComesUpLaterAreWrittenWithoutALocalChange() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        a.put("a1", "x", 1);
        a.byName.clear();
        a.folderSync.writeOwn();
        assertThat(a.dataFile()).doesNotExist();

        a.byName.put("notes", a.notes);
        a.folderSync.scan();
        assertThat(a.dataFile()).exists();
        Device b = new Device(root, "b", shared);
        b.folderSync.scan();
        assertThat(b.notes.table).containsOnlyKeys("a1");
    }

    @Test
    void syncProgramsTemporaryAndConflictFilesAreNeverRead() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        a.put("a1", "x", 1);
        a.folderSync.writeOwn();
        Device b = new Device(root, "b", shared);
        String data = a.dataFile().getFileName().toString();
        String stem = data.substring(0, data.length() - ".json".length());
        byte[] other = "{\"formatVersion\":1,\"sections\":{\"notes\":{\"items\":[{\"id\":\"conflict\",\"text\":\"t\",\"revision\":9}]}}}"
                .getBytes(StandardCharsets.UTF_8);
        for (String name : List.of(".syncthing." + data + ".tmp", stem + ".sync-conflict-20260105-093000-ABCDEFG.json",
                stem + " (b's conflicted copy 2026-01-05).json", ".~lock." + data + "#", data + ".part", "~" + data,
                stem + ".json.tmp", "focusflow-" + a.id + ".data.notes.json.nextcloud")) {
            Files.write(shared.resolve(name), other);
        }

        b.folderSync.scan();

        assertThat(b.notes.table).containsOnlyKeys("a1");
        assertThat(b.folderSync.status().peers()).singleElement().satisfies(peer -> {
            assertThat(peer.lastError()).isNull();
            assertThat(peer.name()).isEqualTo("a");
            assertThat(peer.counts()).containsEntry("notes", 1);
        });
    }

    @Test
    void statusShowsThisDeviceAndThePeersAndAMissingFolderIsAProblem() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        Device b = new Device(root, "b", shared);
        a.put("a1", "x", 1);
        a.round();
        b.round();
        b.round(); // writes what it merged: the component does so after the import's change events

        SyncFolderStatus status = b.folderSync.status();
        assertThat(status.enabled()).isTrue();
        assertThat(status.problem()).isNull();
        assertThat(status.device().id()).isEqualTo(b.id);
        assertThat(status.device().counts()).containsEntry("notes", 1);
        assertThat(status.lastSync()).isNotNull();
        assertThat(status.peers()).singleElement().satisfies(peer -> {
            assertThat(peer.id()).isEqualTo(a.id);
            assertThat(peer.lastSeen()).isNotNull();
            assertThat(peer.lastMerged()).isNotNull();
        });

        Device lost = new Device(root, "lost", root.resolve("not-mounted"));
        lost.round();
        assertThat(lost.folderSync.status().problem()).contains("not-mounted").contains("does not exist");
    }

    @Test
    void theBookkeepingSurvivesARestartSoNothingUnchangedIsImportedAgain() throws Exception {
        Path shared = folder();
        Device a = new Device(root, "a", shared);
        a.put("a1", "x", 1);
        a.folderSync.writeOwn();
        Device b = new Device(root, "b", shared);
        b.folderSync.scan();
        assertThat(b.notes.applied).isEqualTo(1);

        FolderSync restarted = new FolderSync(new FolderSync.Settings(shared, b.home, b.id, "b", Duration.ZERO, 1 << 20),
                b.sections, b.sync, Clock.systemUTC(), b.nanos::get);
        restarted.scan();
        assertThat(b.notes.applied).as("the same file after a restart: not imported").isEqualTo(1);
        assertThat(restarted.status().peers()).singleElement().extracting(SyncDevice::name).isEqualTo("a");
    }
}
