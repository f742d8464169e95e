package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.sync.internal.SyncJson;

/**
 * What the folder sync remembers between runs, in one small file in the data dir ({@value #FILE_NAME}):
 * the size, time and content hash of every peer file as last merged (so an unchanged file costs a
 * directory listing, nothing more), when each device was last merged, and the hash of each of this
 * device's files (so only files whose content changed are rewritten). Losing it costs one full merge,
 * never data: merges are idempotent.
 */
final class FolderState {

    static final String FILE_NAME = "sync-folder-state.json";

    private static final Logger LOG = LoggerFactory.getLogger(FolderState.class);

    /**
     * A file as last looked at.
     *
     * @param sha256 hex content hash
     * @param error why it was not merged, or null
     * @param waitingFor the section it holds when no bundle here contributes it (yet), or null: merged again
     *        once one does
     */
    record Mark(long size, long modified, String sha256, String error, String waitingFor) {
        Mark(long size, long modified, String sha256, String error) {
            this(size, modified, sha256, error, null);
        }

        boolean sameStamp(long otherSize, long otherModified) {
            return size == otherSize && modified == otherModified;
        }
    }

    /** The persisted form. */
    record Saved(String folder, Map<String, Mark> peerFiles, Map<String, Instant> lastMerged, Map<String, Mark> ownFiles) {
    }

    private final Path file;
    private final String folder;
    final Map<String, Mark> peerFiles = new TreeMap<>();
    final Map<String, Instant> lastMerged = new TreeMap<>();
    final Map<String, Mark> ownFiles = new TreeMap<>();

    private FolderState(Path file, String folder) {
        this.file = file;
        this.folder = folder;
    }

    /** The state saved for {@code folder}; empty if there is none, it is unreadable or it was for another folder. */
    static FolderState load(Path dataDir, Path folder) {
        FolderState state = new FolderState(dataDir.resolve(FILE_NAME), folder.toString());
        try {
            Saved saved = SyncJson.MAPPER.readValue(state.file.toFile(), Saved.class);
            if (state.folder.equals(saved.folder())) {
                putAll(state.peerFiles, saved.peerFiles());
                putAll(state.lastMerged, saved.lastMerged());
                putAll(state.ownFiles, saved.ownFiles());
            }
        } catch (NoSuchFileException | java.io.FileNotFoundException none) {
            // first run
        } catch (IOException e) {
            LOG.warn("{} is unreadable ({}); every peer file is merged once more", state.file, e.getMessage());
        }
        return state;
    }

    private static <V> void putAll(Map<String, V> into, Map<String, V> from) {
        if (from != null) {
            into.putAll(from);
        }
    }

    void save() throws IOException {
        byte[] json = SyncJson.MAPPER.writeValueAsBytes(new Saved(folder, peerFiles, lastMerged, ownFiles));
        AtomicFile.write(file, "." + FILE_NAME + "-", json);
    }

    /** Forgets peer files that are gone, so one that comes back is looked at again. */
    boolean retainPeerFiles(java.util.Set<String> present) {
        return peerFiles.keySet().retainAll(present);
    }
}
