package com.focusflow.blocking.internal.hosts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.focusflow.api.FocusFlowException;

/**
 * Checks, before anything is written, that the hosts file can be replaced: the file and its folder must
 * be writable for this process, and neither may be locked read-only by its permission bits. The bits are
 * honoured even when FocusFlow runs as root or administrator: a user who locked the file meant it.
 */
final class WriteAccess {

    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private WriteAccess() {
    }

    /**
     * @throws FocusFlowException {@code PERMISSION_DENIED} with the steps to grant access on this platform
     */
    static void check(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || lockedReadOnly(file)) {
            throw denied(file, "the file is not writable for FocusFlow");
        }
        if (dir == null || !Files.isWritable(dir) || lockedReadOnly(dir)) {
            throw denied(file, "FocusFlow replaces it atomically, which needs write access to its folder " + dir);
        }
    }

    static FocusFlowException denied(Path file, String why) {
        return FocusFlowException.permissionDenied("Website blocking needs permission to change %s: %s. %s "
                + "App blocking keeps working meanwhile; FocusFlow never elevates itself.", file, why, steps(file));
    }

    /** How to grant access, per platform, without opening a system folder to the user. */
    static String steps(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "To allow it, run once in an administrator command prompt: icacls \"" + file.getParent()
                    + "\" /grant \"%USERNAME%\":(OI)M  (or run FocusFlow as administrator).";
        }
        return "To allow it without opening " + file.getParent() + " to your user, move the file into a folder you "
                + "own and link it back, once: sudo mkdir -p /etc/focusflow && sudo chown \"$USER\" /etc/focusflow "
                + "&& sudo mv " + file + " /etc/focusflow/hosts && sudo ln -s /etc/focusflow/hosts " + file
                + " && sudo chown \"$USER\" /etc/focusflow/hosts  (or run FocusFlow as a user that may write it).";
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
