package com.focusflow.api.sync;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One device that syncs through the folder.
 *
 * @param id its stable device id (a UUID made once per data dir)
 * @param name its name, the host name unless configured
 * @param lastSeen when it last wrote its files, or null if unknown
 * @param lastMerged when this device last merged one of its files, or null
 * @param counts items per section in its files, e.g. {@code {"sessions": 1234}}
 * @param lastError why one of its files was not merged (the file and the reason), or null
 */
public record SyncDevice(String id, String name, Instant lastSeen, Instant lastMerged, Map<String, Integer> counts,
        String lastError) {
    /** Copies the counts, sorted by section. */
    public SyncDevice {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
