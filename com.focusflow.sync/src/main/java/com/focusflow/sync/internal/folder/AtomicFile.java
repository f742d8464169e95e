package com.focusflow.sync.internal.folder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written next to its target under a temporary name and moved into place only when complete and
 * on disk (fsync, atomic rename, fsync of the folder), so a reader, or a sync program, never sees half of
 * it and a crash leaves the old file whole.
 */
final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean done;

    private AtomicFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Starts a file that will replace {@code target}; the temporary name begins with {@code tempPrefix}. */
    static AtomicFile begin(Path target, String tempPrefix) throws IOException {
        return new AtomicFile(target, Files.createTempFile(target.getParent(), tempPrefix, ".tmp"));
    }

    /** Writes {@code bytes} to {@code target} at once. */
    static void write(Path target, String tempPrefix, byte[] bytes) throws IOException {
        try (AtomicFile file = begin(target, tempPrefix)) {
            file.out().write(bytes);
            file.commit();
        }
    }

    OutputStream out() {
        return out;
    }

    /** Flushes, forces the content to disk and moves it over the target. */
    void commit() throws IOException {
        out.flush();
        channel.force(true);
        out.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        done = true;
        forceDirectory(target.getParent());
    }

    /** Throws the content away unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The rename is durable only once the folder's entry is on disk; not every system can open a folder. */
    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory: its rename is already as durable as it gets there
        }
    }
}
