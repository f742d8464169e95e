package com.focusflow.hosts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The two steps of {@link AtomicFiles#replace} that touch the disk: writing the temporary file and renaming
 * it over the original. A seam, so that the reliability tests can fail either step (disk full, a crash
 * between them) the way a real file system would.
 */
public interface FileWrites {

    FileWrites REAL = new FileWrites() {
    };

    default void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    default void move(Path from, Path to) throws IOException {
        java.nio.file.Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
