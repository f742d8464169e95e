package com.focusflow.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One FocusFlow per data dir: an exclusive lock on {@code <data dir>/focusflow.lock}, held for the life of
 * the JVM. The operating system drops it when the process ends, however it ends (kill -9 included), so a
 * stale lock never blocks the next start.
 */
final class InstanceLock {

    private final FileLock lock;

    private InstanceLock(FileLock lock) {
        this.lock = lock;
    }

    @Override
    public String toString() {
        return "InstanceLock[" + lock + "]";
    }

    /** The lock, or empty if another process holds it. */
    static Optional<InstanceLock> tryAcquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new InstanceLock(lock));
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // the same JVM holds it already: as good as another instance
        }
        channel.close();
        return Optional.empty();
    }
}
