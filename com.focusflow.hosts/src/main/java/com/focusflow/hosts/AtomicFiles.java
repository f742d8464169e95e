package com.focusflow.hosts;

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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
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
 * redoes its edit. A file with more than one hard link is written in place under a lock instead, since a
 * rename would detach it from its other names.
 */
final class AtomicFiles {

    /** The original changed between the caller's read and the replace; nothing was written. */
    static final class ChangedMeanwhile extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile(Path file) {
            super(file + " was changed by another program while it was being edited");
        }
    }

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
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writes.write(channel, ByteBuffer.wrap(content));
                channel.force(true);
            }
            copyPermissions(file, tmp);
            FileMetadata.copyExtended(file, tmp);
            if (!unchanged.test(Files.readAllBytes(file))) {
                throw new ChangedMeanwhile(file);
            }
            try {
                writes.move(tmp, file);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + file + " cannot replace files atomically", e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceDirectory(dir);
    }

    /**
     * Overwrites a hard-linked file in place, holding a lock for writers that lock too. Not crash-atomic:
     * the price of keeping every name of the file pointing at the same content.
     */
    private static void inPlace(Path file, byte[] content, Predicate<byte[]> unchanged, FileWrites writes)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            ByteBuffer current = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, channel.size()));
            while (current.hasRemaining() && channel.read(current, current.position()) > 0) {
                // read the whole file under the lock
            }
            if (!unchanged.test(current.array())) {
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
