package com.focusflow.sync.internal.folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.focusflow.api.sync.DataContributor;
import com.focusflow.sync.internal.NoteContributor;
import com.focusflow.sync.internal.NoteContributor.Note;
import com.focusflow.sync.internal.Sync;
import com.focusflow.sync.internal.SyncSections;

/** One device for folder tests: an in-memory "notes" section behind the real Sync and FolderSync. */
final class Device {

    final String id = UUID.randomUUID().toString();
    final NoteContributor notes = new NoteContributor("notes");
    final Path home;
    final Path folder;
    final AtomicLong nanos = new AtomicLong();
    /** The installed sections: a test removes one to play a bundle that is not up yet. */
    final Map<String, DataContributor<?>> byName = new TreeMap<>();
    final Sync sync;
    final SyncSections sections;
    final FolderSync folderSync;

    Device(Path root, String name, Path folder, Duration settle, long maxBytes, Clock clock) throws Exception {
        this.home = Files.createDirectories(root.resolve(name));
        this.folder = folder;
        byName.put("notes", notes);
        sync = new Sync(() -> byName, "test", clock);
        this.sections = new SyncSections() {
            @Override
            public Map<String, DataContributor<?>> contributors() {
                return byName;
            }

            @Override
            public String appVersion() {
                return "test";
            }
        };
        folderSync = new FolderSync(new FolderSync.Settings(folder, home, id, name, settle, maxBytes), sections, sync, clock,
                nanos::get);
    }

    Device(Path root, String name, Path folder) throws Exception {
        this(root, name, folder, Duration.ZERO, 1 << 20, Clock.systemUTC());
    }

    void put(String id, String text, int revision) {
        notes.table.put(id, new Note(id, text, revision));
    }

    /** Writes this device's files, then merges the others'. */
    void round() {
        folderSync.writeOwn();
        folderSync.scan();
    }

    Path dataFile() {
        return folder.resolve(FolderNames.dataFile(id, "notes", null));
    }
}
