package com.focusflow.hosts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks, before anything is written, that the hosts file can be replaced: the file and its folder must
 * be writable for this process, and neither may be locked read-only by its permission bits. The bits are
 * honoured even when running as root or administrator: a user who locked the file meant it.
 */
final class WriteAccess {

    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private WriteAccess() {
    }

    /** @throws HostsException {@code PERMISSION_DENIED} saying what is missing */
    static void check(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || lockedReadOnly(file)) {
            throw denied(file, "the file is not writable for this process");
        }
        if (dir == null || !Files.isWritable(dir) || lockedReadOnly(dir)) {
            throw denied(file, "it is replaced atomically, which needs write access to its folder " + dir);
        }
    }

    static HostsException denied(Path file, String why) {
        return new HostsException(HostsException.Kind.PERMISSION_DENIED, "No permission to change " + file + ": " + why);
    }

    private static boolean lockedReadOnly(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            return permissions.stream().noneMatch(WRITE_BITS::contains);
        } catch (IOException e) {
            return true;
        }
    }
}
