package com.focusflow.hosts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a torn
 * file: a temporary file in the same folder is written, forced to disk, given the original's permissions,
 * owner, user extended attributes and SELinux label, and renamed over the original; then the folder is
 * forced so that the rename itself is durable. Just before the rename the original is read again: if
 * another program changed it meanwhile, nothing is replaced ({@link ChangedMeanwhile}) and the caller
 * redoes its edit. The original stays open across the rename, so that a write another program makes to it
 * after that last check, and which the rename would otherwise throw away with the old file, is still seen
 * ({@link ChangedAfterRename}): the caller redoes its edit on that content too. A file with more than one
 * hard link is written in place under a lock instead, since a rename would detach it from its other names.
 */
final class AtomicFiles {

    /** The original changed between the caller's read and the replace; nothing was written. */
    static final class ChangedMeanwhile extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile(Path file) {
            super(file + " was changed by another program while it was being edited");
        }
    }

    /**
     * The new content is in place, but the file it replaced was written by another program after the last
     * check: {@link #late()} is that file's final content, which the edit must be redone on.
     */
    static final class ChangedAfterRename extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient byte[] late;

        ChangedAfterRename(Path file, byte[] late) {
            super(file + " was changed by another program while it was being replaced");
            this.late = late;
        }

        byte[] late() {
            return late;
        }
    }

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {
    }

    /**
     * @param unchanged whether the original's current bytes are still those the new content was made from
     */
    static void replace(Path file, byte[] content, Predicate<byte[]> unchanged, FileWrites writes) throws IOException {
        if (FileMetadata.linkCount(file) > 1) {
            inPlace(file, content, unchanged, writes);
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".focusflow-";
        deleteLeftovers(dir, prefix);
        Path tmp = dir.resolve(prefix + UUID.randomUUID() + ".tmp");
        byte[] late = null;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writes.write(channel, ByteBuffer.wrap(content));
                channel.force(true);
            }
            copyPermissions(file, tmp);
            FileMetadata.copyExtended(file, tmp);
            if (WINDOWS) { // Windows cannot rename over a file that is open
                if (!unchanged.test(Files.readAllBytes(file))) {
                    throw new ChangedMeanwhile(file);
                }
                move(tmp, file, writes);
            } else {
                late = checkedMove(tmp, file, unchanged, writes);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(dir);
        if (late != null) {
            throw new ChangedAfterRename(file, late);
        }
    }

    /**
     * Checks the original through a channel that stays open across the rename, and reads that channel once
     * more afterwards: a write that reached the old file after the check would otherwise be lost with it.
     * Only a write that opened the old file before the rename and lands after the second read escapes;
     * nothing but a lock every writer takes can close that gap.
     *
     * @return the old file's content if it changed after the check, else null
     */
    private static byte[] checkedMove(Path tmp, Path file, Predicate<byte[]> unchanged, FileWrites writes)
            throws IOException {
        Object key = fileKey(file);
        try (FileChannel original = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] checked = readAll(original);
            if (!unchanged.test(checked) || !Objects.equals(key, fileKey(file))) {
                throw new ChangedMeanwhile(file); // new content, or another program renamed a file over it
            }
            move(tmp, file, writes);
            byte[] late = readAll(original);
            return Arrays.equals(late, checked) ? null : late;
        }
    }

    private static void move(Path tmp, Path file, FileWrites writes) throws IOException {
        try {
            writes.move(tmp, file);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + file + " cannot replace files atomically", e);
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** The whole content of {@code channel}, read from its start (also if another program grows it meanwhile). */
    private static byte[] readAll(FileChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(channel.size(), 1 << 24));
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        for (long at = 0; channel.read(chunk.clear(), at) > 0; at += chunk.position()) {
            out.write(chunk.array(), 0, chunk.position());
        }
        return out.toByteArray();
    }

    /**
     * Overwrites a hard-linked file in place, holding a lock for writers that lock too. Not crash-atomic:
     * the price of keeping every name of the file pointing at the same content.
     */
    private static void inPlace(Path file, byte[] content, Predicate<byte[]> unchanged, FileWrites writes)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            if (!unchanged.test(readAll(channel))) {
                throw new ChangedMeanwhile(file);
            }
            channel.position(0);
            writes.write(channel, ByteBuffer.wrap(content));
            channel.truncate(content.length);
            channel.force(true);
        }
    }

    /** Temporary files of a write that a crash (kill -9, power loss) interrupted before the rename. */
    private static void deleteLeftovers(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : leftovers) {
                LOG.info(() -> "Deleting " + leftover + ", left by an interrupted write");
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null) {
            PosixFileAttributes attributes = source.readAttributes();
            PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            target.setPermissions(attributes.permissions());
            try {
                target.setGroup(attributes.group());
                target.setOwner(attributes.owner());
            } catch (IOException e) {
                // Only root may give a file away; a user granted write access keeps the file as theirs.
                LOG.log(Level.FINE, "Cannot keep owner/group of {0}: {1}", new Object[] { from, e });
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(from, AclFileAttributeView.class);
        if (acl != null) {
            Files.getFileAttributeView(to, AclFileAttributeView.class).setAcl(acl.getAcl());
        }
    }

    /** Makes the rename durable on POSIX; Windows cannot open folders this way and needs nothing. */
    private static void forceDirectory(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || System.getProperty("os.name", "").startsWith("Windows")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot force folder {0} to disk: {1}", new Object[] { dir, e });
        }
    }
}
