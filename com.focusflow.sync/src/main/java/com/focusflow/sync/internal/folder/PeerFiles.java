package com.focusflow.sync.internal.folder;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.ImportReport;
import com.focusflow.api.sync.SyncService;
import com.focusflow.sync.internal.SyncSections;
import com.focusflow.sync.internal.folder.FolderNames.Name;
import com.focusflow.sync.internal.folder.FolderState.Mark;

/**
 * Looks at the other devices' files and merges the ones that changed. A file whose size and time are as
 * last merged is not opened; one that changed is merged only once its size and time have held still for
 * the settle time (a sync program may still be writing it), and only if its content hash differs from
 * the one last merged. A data file goes through the same import as a user's file, all or nothing; a bad
 * one is remembered with its size and time and looked at again only when it changes, so a file cut off
 * mid-write is merged once it is complete.
 */
final class PeerFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PeerFiles.class);

    /** What one look at the folder found. */
    record Outcome(boolean changed, boolean retrySoon) {
    }

    private record Seen(long size, long modified, long sinceNanos) {
    }

    private final Path folder;
    private final String ownId;
    private final SyncSections sections;
    private final SyncService importer;
    private Set<String> knownSections = Set.of();
    private final FolderState state;
    private final Clock clock;
    private final LongSupplier nanos;
    private final Duration settle;
    private final long maxBytes;
    private final Map<String, Seen> seen = new HashMap<>();
    /** The device files read so far, by device id. */
    final Map<String, DeviceFile> devices = new HashMap<>();
    /** The device ids that have files in the folder, this one's excluded. */
    final Set<String> present = new TreeSet<>();
    /** Why a merge could not run now (database busy, another import), by device id; retried. */
    final Map<String, String> transientErrors = new HashMap<>();

    PeerFiles(Path folder, String ownId, SyncSections sections, SyncService importer, FolderState state, Clock clock,
            LongSupplier nanos, Duration settle, long maxBytes) {
        this.folder = folder;
        this.sections = sections;
        this.ownId = ownId;
        this.importer = importer;
        this.state = state;
        this.clock = clock;
        this.nanos = nanos;
        this.settle = settle;
        this.maxBytes = maxBytes;
    }

    Outcome scan() throws IOException {
        boolean changed = forgetFilesOfNewSections();
        boolean retry = false;
        Set<String> names = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "focusflow-*.json")) {
            for (Path file : files) {
                Name name = FolderNames.parse(file.getFileName().toString()).orElse(null);
                if (name == null || name.deviceId().equals(ownId)) {
                    continue;
                }
                names.add(file.getFileName().toString());
                ids.add(name.deviceId());
            }
        }
        // device files first, so a device's name is known when its data is merged
        for (String fileName : names) {
            Name name = FolderNames.parse(fileName).orElseThrow();
            if (name.isDevice()) {
                FileLook look = look(fileName, name);
                changed |= look.changed;
                retry |= look.retry;
            }
        }
        for (String fileName : names) {
            Name name = FolderNames.parse(fileName).orElseThrow();
            if (!name.isDevice()) {
                FileLook look = look(fileName, name);
                changed |= look.changed;
                retry |= look.retry;
            }
        }
        changed |= state.retainPeerFiles(names);
        seen.keySet().retainAll(names);
        devices.keySet().retainAll(ids);
        present.clear();
        present.addAll(ids);
        return new Outcome(changed, retry);
    }

    /** Files that waited for a section's bundle are merged again once the bundle is there. */
    private boolean forgetFilesOfNewSections() {
        Set<String> known = new TreeSet<>(sections.contributors().keySet());
        if (known.equals(knownSections)) {
            return false;
        }
        knownSections = known;
        return state.peerFiles.values().removeIf(m -> m.waitingFor() != null && known.contains(m.waitingFor()));
    }

    private record FileLook(boolean changed, boolean retry) {
        static final FileLook NOTHING = new FileLook(false, false);
        static final FileLook LATER = new FileLook(false, true);
        static final FileLook CHANGED = new FileLook(true, false);
    }

    private FileLook look(String fileName, Name name) throws IOException {
        Path file = folder.resolve(fileName);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException gone) {
            return FileLook.NOTHING;
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Mark mark = state.peerFiles.get(fileName);
        boolean deviceUnread = name.isDevice() && !devices.containsKey(name.deviceId());
        if (mark != null && mark.sameStamp(size, modified) && !(deviceUnread && mark.error() == null)) {
            return FileLook.NOTHING;
        }
        if (!stable(fileName, size, modified)) {
            return FileLook.LATER;
        }
        long limit = name.isDevice() ? DeviceFile.MAX_BYTES : maxBytes;
        if (size > limit) {
            return remember(fileName, new Mark(size, modified, "", "larger than the limit of " + limit + " bytes"));
        }
        byte[] content = null;
        String hash;
        try {
            if (name.isDevice()) {
                content = read(file, limit);
                hash = HexFormat.of().formatHex(OwnFiles.sha256().digest(content));
            } else {
                hash = hash(file, limit);
            }
        } catch (NoSuchFileException gone) {
            return FileLook.NOTHING;
        } catch (FocusFlowException grew) {
            return FileLook.LATER; // it grew since it was measured: still being written
        }
        if (mark != null && hash.equals(mark.sha256()) && !deviceUnread) {
            state.peerFiles.put(fileName, new Mark(size, modified, hash, mark.error(), mark.waitingFor()));
            return FileLook.CHANGED; // touched, not changed: only the time is new
        }
        if (name.isDevice()) {
            return readDevice(fileName, name, new Mark(size, modified, hash, null), content);
        }
        return merge(file, name, new Mark(size, modified, hash, null));
    }

    private FileLook readDevice(String fileName, Name name, Mark mark, byte[] content) {
        try {
            devices.put(name.deviceId(), DeviceFile.read(content, name.deviceId()));
            return remember(fileName, mark);
        } catch (FocusFlowException e) {
            return remember(fileName, new Mark(mark.size(), mark.modified(), mark.sha256(), e.getMessage()));
        }
    }

    private FileLook merge(Path file, Name name, Mark mark) throws IOException {
        String fileName = file.getFileName().toString();
        ImportReport report;
        LOG.info("Sync folder: merging {} ({} bytes)", fileName, mark.size());
        try (InputStream in = new Limited(Files.newInputStream(file), maxBytes)) {
            report = importer.importFrom(in);
        } catch (NoSuchFileException gone) {
            return FileLook.NOTHING;
        } catch (FocusFlowException e) {
            if (e.kind() == ErrorKind.INVALID_INPUT) {
                LOG.warn("Sync folder: {} is not merged: {}", fileName, e.getMessage());
                return remember(fileName, new Mark(mark.size(), mark.modified(), mark.sha256(), e.getMessage()));
            }
            LOG.info("Sync folder: {} is merged later: {}", fileName, e.getMessage());
            transientErrors.put(name.deviceId(), fileName + ": " + e.getMessage());
            return FileLook.LATER;
        }
        BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
        if (!mark.sameStamp(after.size(), after.lastModifiedTime().toMillis())) {
            return FileLook.LATER; // replaced while merged: merging it again is harmless, and it is newer
        }
        transientErrors.remove(name.deviceId());
        String section = name.section();
        if (!report.sections().containsKey(section)) {
            // e.g. at start-up, before the bundle that owns the section is up; or a section from a newer FocusFlow
            LOG.info("Sync folder: {} waits for a bundle that contributes section '{}'", fileName, section);
            return remember(fileName, new Mark(mark.size(), mark.modified(), mark.sha256(), null, section));
        }
        state.lastMerged.put(name.deviceId(), clock.instant());
        LOG.info("Sync folder: merged {}: {}", fileName, report.sections());
        return remember(fileName, mark);
    }

    private FileLook remember(String fileName, Mark mark) {
        state.peerFiles.put(fileName, mark);
        seen.remove(fileName);
        return FileLook.CHANGED;
    }

    /**
     * Stable when untouched for the settle time by the clock, or when seen with the same size and time for
     * that long (a sync program may give a file the time it had on the other device).
     */
    private boolean stable(String fileName, long size, long modified) {
        if (clock.millis() - modified >= settle.toMillis()) {
            return true;
        }
        Seen before = seen.get(fileName);
        long now = nanos.getAsLong();
        if (before != null && before.size() == size && before.modified() == modified) {
            return now - before.sinceNanos() >= settle.toNanos();
        }
        seen.put(fileName, new Seen(size, modified, now));
        return false;
    }

    private static String hash(Path file, long limit) throws IOException {
        MessageDigest digest = OwnFiles.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new Limited(Files.newInputStream(file), limit)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] read(Path file, long limit) throws IOException {
        try (InputStream in = new Limited(Files.newInputStream(file), limit)) {
            return in.readAllBytes();
        }
    }

    /** Refuses to read past the limit: a file that grew since it was measured is not read whole. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, left + 1));
            if (n > 0 && (left -= n) < 0) {
                throw FocusFlowException.invalidInput("the file is larger than the limit");
            }
            return n;
        }
    }
}
