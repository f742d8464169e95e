package com.focusflow.blocking.internal.hosts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

import com.focusflow.api.FocusFlowException;

/**
 * One hosts file on disk. It is only read until a change is needed; a change is checked for permission
 * first and then written atomically. A symbolic link is followed, so the real file is replaced, not the
 * link.
 */
public final class HostsFile {

    /** Size, modification time and identity of the file: if all are equal, its content is too. */
    public record Stamp(long size, long modifiedMillis, Object fileKey) {
    }

    private final Path path;
    private final FileWrites writes;

    public HostsFile(Path path) {
        this(path, FileWrites.REAL);
    }

    HostsFile(Path path, FileWrites writes) {
        this.path = Objects.requireNonNull(path, "path");
        this.writes = writes;
    }

    public Path path() {
        return path;
    }

    /** The content now. */
    public HostsContent read() {
        try {
            return HostsContent.of(Files.readAllBytes(target()));
        } catch (IllegalArgumentException e) {
            throw FocusFlowException.of(com.focusflow.api.ErrorKind.IO, "Cannot block websites in %s: %s", path,
                    e.getMessage());
        } catch (IOException e) {
            throw failure(e, "read");
        }
    }

    /**
     * Puts exactly a block of {@code names} in place (none if empty).
     *
     * @return whether the file had to be changed
     * @throws FocusFlowException {@code PERMISSION_DENIED} (file untouched) or {@code IO}
     */
    public boolean apply(List<String> names) {
        HostsContent now = read();
        return write(now, now.apply(names));
    }

    /** Removes FocusFlow's block, if there is one; writes nothing otherwise (nor for a missing file). */
    public boolean remove() {
        if (!Files.exists(path)) {
            return false;
        }
        HostsContent now = read();
        return write(now, now.remove());
    }

    /** The current stamp; a missing file has the stamp {@code (-1, -1, null)}. */
    public Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(target(), BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.fileKey());
        } catch (IOException e) {
            return new Stamp(-1, -1, null);
        }
    }

    private boolean write(HostsContent before, HostsContent after) {
        if (after.equals(before)) {
            return false;
        }
        try {
            Path target = target();
            WriteAccess.check(target);
            AtomicFiles.replace(target, after.bytes(), writes);
            return true;
        } catch (IOException e) {
            throw failure(e, "write");
        }
    }

    private Path target() throws IOException {
        return path.toRealPath();
    }

    private FocusFlowException failure(IOException e, String action) {
        if (e instanceof NoSuchFileException) {
            return FocusFlowException.io(e, "The hosts file %s does not exist; set the right path in the "
                    + "configuration com.focusflow.blocking.hosts (property path)", path);
        }
        if (e instanceof AccessDeniedException || (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().contains("not permitted"))) {
            return WriteAccess.denied(path, "the system refused to " + action + " it (" + e.getMessage() + ")");
        }
        return FocusFlowException.io(e, "Cannot %s the hosts file %s: %s", action, path, e.getMessage());
    }
}
