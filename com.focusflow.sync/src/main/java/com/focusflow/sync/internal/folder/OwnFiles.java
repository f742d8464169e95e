package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.focusflow.api.session.Session;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.SyncFormat;
import com.focusflow.sync.internal.SyncJson;
import com.focusflow.sync.internal.SyncSections;
import com.focusflow.sync.internal.folder.FolderState.Mark;

/**
 * Writes this device's files: every section as an export document of its own, sessions one document per
 * month of their start (the export streams them in start order, so one month is open at a time). Each
 * file's items are hashed while written; a file whose items are what it already holds is thrown away
 * unwritten, so after one new session only that month's file (and the device file) change, and the sync
 * program carries kilobytes, not the history. After a local change whose months are known, only those
 * months are read and written ({@link DataContributor#exportPart}); the small sections are written whole.
 */
final class OwnFiles {

    /** What one write did. */
    record Written(List<String> files, Map<String, Integer> counts) {
    }

    /** An empty part, far beyond any item's time. */
    private static final Instant NO_TIME = Instant.parse("9999-01-01T00:00:00Z");

    private final Path folder;
    private final String deviceId;
    private final SyncSections sections;
    private final FolderState state;
    private final Clock clock;
    private String deviceFileName;
    /** Items per file key of each section as last written: the counts of a write that reads only some months. */
    private final Map<String, Map<String, Integer>> fileItems = new HashMap<>();

    OwnFiles(Path folder, String deviceId, SyncSections sections, FolderState state, Clock clock) {
        this.folder = folder;
        this.deviceId = deviceId;
        this.sections = sections;
        this.state = state;
        this.clock = clock;
    }

    /** Removes temporary files a crash of this device left behind. */
    void removeLeftovers() throws IOException {
        String prefix = FolderNames.tempPrefix(deviceId);
        try (var files = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Writes every file whose content changed, then the device file ({@code deviceName}, when, counts). */
    Written write(String deviceName) throws IOException {
        return write(deviceName, null);
    }

    /**
     * The same, reading only {@code months} (UTC, by start) of the sections kept in parts, and the other sections
     * whole; null: everything. The months must hold every change since the last write.
     */
    Written write(String deviceName, Set<YearMonth> months) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<String> written = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (DataContributor<?> section : sections.contributors().values()) {
            Map<String, Integer> before = fileItems.get(section.section());
            try (Segments segments = new Segments(section.section(), now, written)) {
                if (months != null && before != null && writeParts(section, new TreeSet<>(months), segments)) {
                    segments.finishPart();
                    before.putAll(segments.fileItems);
                } else {
                    section.export(segments::add);
                    segments.finish();
                    fileItems.put(section.section(), segments.fileItems);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            counts.put(section.section(), fileItems.get(section.section()).values().stream().mapToInt(Integer::intValue).sum());
        }
        String name = FolderNames.deviceFile(deviceId);
        if (!written.isEmpty() || !name.equals(deviceFileName) || !Files.exists(folder.resolve(name))) {
            DeviceFile device = new DeviceFile(DeviceFile.FORMAT_VERSION, deviceId, deviceName, sections.appVersion(), now,
                    counts);
            AtomicFile.write(folder.resolve(name), FolderNames.tempPrefix(deviceId), device.toJson());
            deviceFileName = name;
            written.add(name);
        }
        return new Written(written, counts);
    }

    /** @return false if the section has no parts (nothing was passed to {@code segments}) */
    private static boolean writeParts(DataContributor<?> section, Set<YearMonth> months, Segments segments) {
        if (months.isEmpty()) {
            // no month changed: ask with an empty part whether the section has parts at all, else it is written whole
            return section.exportPart(NO_TIME, NO_TIME, segments::add);
        }
        for (YearMonth month : months) {
            if (!section.exportPart(start(month), start(month.plusMonths(1)), segments::add)) {
                return false;
            }
        }
        return true;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Forgets that the device file is current, e.g. after the device name changed. */
    void deviceChanged() {
        deviceFileName = null;
    }

    /** The month of a session's start; null for items of sections written whole. */
    static String keyOf(Object item) {
        return item instanceof Session s && s.startTime() != null
                ? YearMonth.from(s.startTime().atOffset(ZoneOffset.UTC)).toString() : null;
    }

    /** The files of one section, one open at a time. */
    private final class Segments implements AutoCloseable {
        private final String section;
        private final byte[] header;
        private final List<String> written;
        private final Set<String> done = new HashSet<>();
        /** Items per file key, empty files included. */
        final Map<String, Integer> fileItems = new HashMap<>();
        private final MessageDigest digest = sha256();
        private AtomicFile file;
        private String key;
        private int inFile;

        Segments(String section, Instant now, List<String> written) {
            this.section = section;
            this.written = written;
            this.header = ("{\"" + SyncFormat.FIELD_FORMAT_VERSION + "\":" + SyncFormat.FORMAT_VERSION + ",\""
                    + SyncFormat.FIELD_APP_VERSION + "\":" + quoted(sections.appVersion()) + ",\""
                    + SyncFormat.FIELD_EXPORTED_AT + "\":\"" + now + "\",\"" + SyncFormat.FIELD_SECTIONS + "\":{"
                    + quoted(section) + ":{\"" + SyncFormat.FIELD_ITEMS + "\":[").getBytes(StandardCharsets.UTF_8);
        }

        void add(Object item) {
            try {
                String itemKey = keyOf(item);
                if (file == null || !java.util.Objects.equals(key, itemKey)) {
                    finishFile();
                    open(itemKey);
                }
                byte[] json = SyncJson.MAPPER.writeValueAsBytes(item);
                OutputStream out = file.out();
                if (inFile++ > 0) {
                    out.write(',');
                }
                out.write(json);
                digest.update(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends the last file; a section without items still gets one (empty) file. */
        void finish() throws IOException {
            if (file == null) {
                open(null);
            }
            finishFile();
        }

        /** Ends the last file of a write of some months: a month without items has no file. */
        void finishPart() throws IOException {
            finishFile();
        }

        private void open(String newKey) throws IOException {
            if (!done.add(String.valueOf(newKey))) {
                throw new IllegalStateException("section " + section + " exported " + newKey + " out of order");
            }
            key = newKey;
            inFile = 0;
            digest.reset();
            file = AtomicFile.begin(folder.resolve(FolderNames.dataFile(deviceId, section, key)),
                    FolderNames.tempPrefix(deviceId));
            file.out().write(header);
        }

        private void finishFile() throws IOException {
            if (file == null) {
                return;
            }
            try (AtomicFile current = file) {
                file = null;
                fileItems.put(String.valueOf(key), inFile);
                current.out().write("]}}}".getBytes(StandardCharsets.US_ASCII));
                String name = FolderNames.dataFile(deviceId, section, key);
                String hash = HexFormat.of().formatHex(digest.digest());
                Path target = folder.resolve(name);
                Mark before = state.ownFiles.get(name);
                if (before != null && hash.equals(before.sha256()) && unchanged(target, before)) {
                    return; // same items as the file holds: closing throws the new copy away
                }
                current.commit();
                BasicFileAttributes now = Files.readAttributes(target, BasicFileAttributes.class);
                state.ownFiles.put(name, new Mark(now.size(), now.lastModifiedTime().toMillis(), hash, null));
                written.add(name);
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }

    private static boolean unchanged(Path file, Mark mark) throws IOException {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            return mark.sameStamp(now.size(), now.lastModifiedTime().toMillis());
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private static String quoted(String text) throws UncheckedIOException {
        try {
            return SyncJson.MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
