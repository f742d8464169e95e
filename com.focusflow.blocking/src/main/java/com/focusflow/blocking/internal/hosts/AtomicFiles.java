package com.focusflow.blocking.internal.hosts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a torn
 * file: a temporary file in the same folder is written, forced to disk, given the original's permissions,
 * and renamed over the original; then the folder is forced so that the rename itself is durable.
 */
final class AtomicFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    static void replace(Path file, byte[] content, FileWrites writes) throws IOException {
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

    /** Temporary files of a write that a crash (kill -9, power loss) interrupted before the rename. */
    private static void deleteLeftovers(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path leftover : leftovers) {
                LOG.info("Deleting {}, left by an interrupted write", leftover);
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
                LOG.debug("Cannot keep owner/group of {}: {}", from, e.toString());
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
            LOG.debug("Cannot force folder {} to disk: {}", dir, e.toString());
        }
    }
}
