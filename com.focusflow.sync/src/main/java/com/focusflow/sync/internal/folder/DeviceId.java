package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This device's id in the sync folder: a random UUID made once and kept in the data dir
 * ({@value #FILE_NAME}), so it survives restarts and renames; a data dir copied to a new computer should
 * have that file deleted (the README says so).
 */
final class DeviceId {

    static final String FILE_NAME = "sync-device-id";

    private static final Logger LOG = LoggerFactory.getLogger(DeviceId.class);

    private DeviceId() {
    }

    static String loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (FolderNames.isDeviceId(id)) {
                return id;
            }
            LOG.warn("{} does not hold a device id; making a new one", file);
        } catch (NoSuchFileException first) {
            // made below
        }
        String id = UUID.randomUUID().toString();
        Files.createDirectories(dataDir);
        AtomicFile.write(file, "." + FILE_NAME + "-", (id + "\n").getBytes(StandardCharsets.US_ASCII));
        LOG.info("This device's sync id is {}", id);
        return id;
    }
}
