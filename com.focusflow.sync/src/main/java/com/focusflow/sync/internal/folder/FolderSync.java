package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.sync.SyncDevice;
import com.focusflow.api.sync.SyncFolderStatus;
import com.focusflow.api.sync.SyncService;
import com.focusflow.sync.internal.SyncSections;
import com.focusflow.sync.internal.folder.FolderState.Mark;

/**
 * The folder sync of one device as a plain object: {@link #writeOwn()} after local changes,
 * {@link #scan()} when the folder may have changed. Not thread-safe: one thread (the component's
 * executor) calls both; {@link #status()} may be read from any thread.
 */
public final class FolderSync {

    private static final Logger LOG = LoggerFactory.getLogger(FolderSync.class);
    /**
     * A write after a local change reads only the months the change touched; now and then one reads everything,
     * so that a change no event told of (e.g. made to the database by another program) still reaches the folder.
     */
    static final Duration FULL_WRITE_EVERY = Duration.ofHours(6);

    /** The device and the folder's settings. */
    public record Settings(Path folder, Path dataDir, String deviceId, String deviceName, Duration settle, long maxBytes) {
    }

    private final Settings settings;
    private final SyncSections sections;
    private final Clock clock;
    private final FolderState state;
    private final OwnFiles own;
    private final PeerFiles peers;
    private volatile SyncFolderStatus status;
    private Instant lastSync;
    private String writeProblem;
    private Map<String, Integer> ownCounts = Map.of();
    private Instant lastWritten;
    private boolean leftoversRemoved;
    private Instant lastFullWrite;

    public FolderSync(Settings settings, SyncSections sections, SyncService importer, Clock clock, LongSupplier nanos) {
        this.settings = settings;
        this.sections = sections;
        this.clock = clock;
        this.state = FolderState.load(settings.dataDir(), settings.folder());
        this.own = new OwnFiles(settings.folder(), settings.deviceId(), sections, state, clock);
        this.peers = new PeerFiles(settings.folder(), settings.deviceId(), sections, importer, state, clock, nanos,
                settings.settle(), settings.maxBytes());
        this.status = snapshot(problem());
    }

    /** Writes this device's files that changed, reading everything. @return whether it could */
    public boolean writeOwn() {
        return writeOwn(null);
    }

    /**
     * Writes this device's files that changed. @return whether it could
     *
     * @param months the months (UTC) of the sessions changed since the last write, null if not known: then, and
     *        at least every {@link #FULL_WRITE_EVERY}, the whole history is read
     */
    public boolean writeOwn(Set<YearMonth> months) {
        String problem = problem();
        if (problem == null) {
            try {
                if (!leftoversRemoved) {
                    own.removeLeftovers();
                    leftoversRemoved = true;
                }
                Instant now = clock.instant();
                boolean full = months == null || lastFullWrite == null || !now.isBefore(lastFullWrite.plus(FULL_WRITE_EVERY));
                OwnFiles.Written written = own.write(settings.deviceName(), full ? null : months);
                if (full) {
                    lastFullWrite = now;
                }
                ownCounts = written.counts();
                if (!written.files().isEmpty()) {
                    lastWritten = clock.instant();
                    state.save();
                    LOG.info("Sync folder: wrote {} file(s) of this device", written.files().size());
                }
                writeProblem = null;
            } catch (IOException | RuntimeException e) {
                writeProblem = "this device's files could not be written to " + settings.folder() + ": " + reason(e);
                LOG.warn("Sync folder: {}", writeProblem);
            }
        }
        status = snapshot(problem());
        return problem() == null;
    }

    /**
     * Merges what changed in the other devices' files, after writing this device's when the installed sections
     * changed since the last write. @return whether to look again soon (a file is settling)
     */
    public boolean scan() {
        if (!sections.contributors().keySet().equals(ownCounts.keySet())) {
            writeOwn(); // a section's bundle came (e.g. after start-up) or went: its files follow without a local change
        }
        String problem = problem();
        boolean retry = false;
        if (problem == null) {
            try {
                PeerFiles.Outcome outcome = peers.scan();
                retry = outcome.retrySoon();
                if (outcome.changed()) {
                    state.save();
                }
                lastSync = clock.instant();
            } catch (IOException e) {
                LOG.warn("Sync folder: {} could not be read: {}", settings.folder(), e.toString());
                retry = true;
            }
        }
        status = snapshot(problem());
        return retry;
    }

    /** The innermost message: a section's export may fail deep inside its store, e.g. while FocusFlow stops. */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? e.toString() : e.getClass().getSimpleName() + " (" + cause + ")";
    }

    public SyncFolderStatus status() {
        return status;
    }

    private String problem() {
        Path folder = settings.folder();
        if (!Files.isDirectory(folder)) {
            return "the sync folder " + folder + " does not exist or is not a folder (is the drive mounted, the sync "
                    + "program running?)";
        }
        if (!Files.isWritable(folder)) {
            return "the sync folder " + folder + " cannot be written";
        }
        return writeProblem;
    }

    private SyncFolderStatus snapshot(String problem) {
        SyncDevice self = new SyncDevice(settings.deviceId(), settings.deviceName(), lastWritten, null, ownCounts, problem);
        List<SyncDevice> others = new ArrayList<>();
        for (String id : peers.present) {
            DeviceFile file = peers.devices.get(id);
            others.add(new SyncDevice(id, file == null ? "(unknown)" : file.deviceName(),
                    file == null ? null : file.writtenAt(), state.lastMerged.get(id),
                    file == null ? Map.of() : file.counts(), lastError(id)));
        }
        others.sort(java.util.Comparator.comparing(SyncDevice::name).thenComparing(SyncDevice::id));
        return new SyncFolderStatus(true, settings.folder().toString(), self, lastSync, problem, others);
    }

    private String lastError(String deviceId) {
        String prefix = "focusflow-" + deviceId + ".";
        for (Map.Entry<String, Mark> e : state.peerFiles.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue().error() != null) {
                return e.getKey() + ": " + e.getValue().error();
            }
        }
        return peers.transientErrors.get(deviceId);
    }
}
