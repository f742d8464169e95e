package com.focusflow.helper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/** The helper's one state file, {@code <state dir>/block.json}, replaced atomically, owner-only. */
final class StateStore {

    private static final Logger LOG = Logger.getLogger(StateStore.class.getName());

    private final Path dir;
    private final Path file;

    StateStore(Path dir) throws IOException {
        this.dir = dir;
        this.file = dir.resolve("block.json");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    Optional<Block> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Block.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.warning("Ignoring the damaged state file " + file + ": " + e);
            return Optional.empty();
        }
    }

    void save(Block block) throws IOException {
        Path tmp = dir.resolve("block.json.tmp");
        Files.writeString(tmp, block.toJson() + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
