package com.focusflow.sync.internal.folder;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of FocusFlow's files in the sync folder: {@code focusflow-<device id>.device.json} (who the
 * device is) and {@code focusflow-<device id>.data.<section>[.<yyyy-mm>].json} (an export document holding
 * one section, sessions split by month of their start). Anything else is not ours: sync programs' temporary
 * and conflict files ({@code .syncthing.*.tmp}, {@code *.sync-conflict-*}, Dropbox's "conflicted copy",
 * Nextcloud's {@code .~lock.*} and {@code *.part}) never match, so they are never read.
 */
final class FolderNames {

    static final String DEVICE_PART = "device";

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern FILE = Pattern.compile(
            "focusflow-(" + UUID + ")\\.(device|data\\.[a-z0-9][a-z0-9-]{0,62}(?:\\.\\d{4}-\\d{2})?)\\.json");
    private static final Pattern DEVICE_ID = Pattern.compile(UUID);

    /** A file of ours: whose it is and which part of its data it holds. */
    record Name(String deviceId, String part) {
        boolean isDevice() {
            return DEVICE_PART.equals(part);
        }

        /** The section a data file holds, e.g. {@code sessions} for {@code data.sessions.2026-01}. */
        String section() {
            return isDevice() ? null : part.split("\\.")[1];
        }
    }

    private FolderNames() {
    }

    static Optional<Name> parse(String fileName) {
        Matcher m = FILE.matcher(fileName);
        return m.matches() ? Optional.of(new Name(m.group(1), m.group(2))) : Optional.empty();
    }

    static boolean isDeviceId(String id) {
        return id != null && DEVICE_ID.matcher(id).matches();
    }

    static String deviceFile(String deviceId) {
        return "focusflow-" + deviceId + "." + DEVICE_PART + ".json";
    }

    /** @param key null for a section written whole, else e.g. {@code 2026-01} */
    static String dataFile(String deviceId, String section, String key) {
        return "focusflow-" + deviceId + ".data." + section.toLowerCase(Locale.ROOT) + (key == null ? "" : "." + key) + ".json";
    }

    /** The prefix of this device's temporary files, so leftovers of a crash can be found and removed. */
    static String tempPrefix(String deviceId) {
        return ".focusflow-" + deviceId + "-";
    }
}
