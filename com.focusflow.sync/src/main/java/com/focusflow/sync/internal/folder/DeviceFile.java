package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.focusflow.api.FocusFlowException;
import com.focusflow.sync.internal.SyncJson;

/**
 * The content of {@code focusflow-<id>.device.json}: who wrote the other files and when. Another
 * device's is untrusted input like any peer file: small, and checked field by field.
 *
 * @param counts items per section in the device's data files
 */
record DeviceFile(int formatVersion, String deviceId, String deviceName, String appVersion, Instant writtenAt,
        Map<String, Integer> counts) {

    static final int FORMAT_VERSION = 1;
    /** A device file is a few hundred bytes; anything bigger is not one. */
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_SECTIONS = 100;

    byte[] toJson() throws JsonProcessingException {
        return SyncJson.MAPPER.writeValueAsBytes(this);
    }

    /** Reads and checks a peer's device file that is named after {@code expectedId}. */
    static DeviceFile read(byte[] json, String expectedId) {
        DeviceFile file;
        try {
            file = SyncJson.MAPPER.readValue(json, DeviceFile.class);
        } catch (IOException e) {
            throw FocusFlowException.invalidInput("not a device file: %s", firstLine(e.getMessage()));
        }
        if (file.formatVersion() < 1 || file.formatVersion() > FORMAT_VERSION) {
            throw FocusFlowException.invalidInput("formatVersion: %d is not one this FocusFlow reads (1..%d)",
                    file.formatVersion(), FORMAT_VERSION);
        }
        if (!expectedId.equals(file.deviceId())) {
            throw FocusFlowException.invalidInput("deviceId: %s does not match the file name", file.deviceId());
        }
        if (!plausibleName(file.deviceName())) {
            throw FocusFlowException.invalidInput("deviceName: must be 1 to %d printable characters", MAX_NAME_LENGTH);
        }
        if (file.writtenAt() == null) {
            throw FocusFlowException.invalidInput("writtenAt: is required");
        }
        Map<String, Integer> counts = file.counts() == null ? Map.of() : file.counts();
        if (counts.size() > MAX_SECTIONS || counts.values().stream().anyMatch(n -> n == null || n < 0)) {
            throw FocusFlowException.invalidInput("counts: at most %d sections, each a count of 0 or more", MAX_SECTIONS);
        }
        return new DeviceFile(file.formatVersion(), file.deviceId(), file.deviceName(), file.appVersion(),
                file.writtenAt(), counts);
    }

    static boolean plausibleName(String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH
                && name.codePoints().noneMatch(Character::isISOControl);
    }

    private static String firstLine(String message) {
        int cut = message == null ? -1 : message.indexOf('\n');
        return cut < 0 ? String.valueOf(message) : message.substring(0, cut);
    }
}
