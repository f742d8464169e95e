package com.focusflow.hosts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a rename would lose: the number of hard links, and the extended attributes (SELinux label, POSIX
 * ACLs, user attributes). The JDK reads only user attributes, so on Linux GNU {@code cp --attributes-only}
 * (from its fixed system path, never from {@code PATH}) copies all of them; elsewhere, or if it fails, the
 * user attributes are copied through the JDK.
 */
final class FileMetadata {

    private static final Logger LOG = Logger.getLogger(FileMetadata.class.getName());
    private static final List<Path> GNU_CP = List.of(Path.of("/usr/bin/cp"), Path.of("/bin/cp"));

    private FileMetadata() {
    }

    /** The number of names of the file; 1 where the file system cannot tell. */
    static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    static void copyExtended(Path from, Path to) {
        if (System.getProperty("os.name", "").equals("Linux") && copyWithCp(from, to)) {
            return;
        }
        copyUserAttributes(from, to);
    }

    private static boolean copyWithCp(Path from, Path to) {
        Path cp = GNU_CP.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (cp == null) {
            return false;
        }
        String preserve = Files.isDirectory(Path.of("/sys/fs/selinux")) ? "mode,ownership,xattr,context" : "mode,ownership,xattr";
        List<String> command = new ArrayList<>(List.of(cp.toString(), "--attributes-only", "--preserve=" + preserve,
                "--", from.toString(), to.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return true;
            }
            process.destroyForcibly();
            LOG.fine(() -> "cp could not copy the attributes of " + from + "; copying user attributes only");
        } catch (IOException e) {
            LOG.log(Level.FINE, "cp failed: {0}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void copyUserAttributes(Path from, Path to) {
        UserDefinedFileAttributeView source = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class);
        UserDefinedFileAttributeView target = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class);
        if (source == null || target == null) {
            return;
        }
        try {
            for (String name : source.list()) {
                ByteBuffer value = ByteBuffer.allocate(source.size(name));
                source.read(name, value);
                value.flip();
                target.write(name, value);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "Cannot copy the user attributes of {0}: {1}", new Object[] { from, e });
        }
    }
}
