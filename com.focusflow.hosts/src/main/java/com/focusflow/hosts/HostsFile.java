package com.focusflow.hosts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One hosts file on disk. It is only read until a change is needed; a change is checked for permission
 * first and then written atomically. A symbolic link is followed, so the real file is replaced, not the
 * link. If another program changes the file between the read and the replace, the edit is redone on its
 * new content, so that program's lines are never lost.
 */
public final class HostsFile {

    /**
     * Size, modification time, status-change time and identity of the file: if all are equal, its content
     * is too. The status-change time (POSIX ctime) is set by the system on every write and cannot be put back
     * by a program, so a same-size edit with the modification time restored is still seen.
     */
    public record Stamp(long size, long modifiedMillis, long changedMillis, Object fileKey) {
    }

    /** How often an edit is redone when another writer keeps changing the file under it. */
    private static final int ATTEMPTS = 5;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HostsFile.class.getName());

    private final Path path;
    private final FileWrites writes;
    private volatile List<String> kept = List.of();

    public HostsFile(Path path) {
        this(path, FileWrites.REAL);
    }

    public HostsFile(Path path, FileWrites writes) {
        this.path = Objects.requireNonNull(path, "path");
        this.writes = Objects.requireNonNull(writes, "writes");
    }

    public Path path() {
        return path;
    }

    /** The content now. */
    public HostsContent read() {
        try {
            return HostsContent.of(Files.readAllBytes(target()));
        } catch (IllegalArgumentException e) {
            throw new HostsException(HostsException.Kind.IO, "Cannot block websites in " + path + ": " + e.getMessage());
        } catch (IOException e) {
            throw failure(e, "read");
        }
    }

    /**
     * Puts exactly a block of {@code names} in place (none if empty).
     *
     * @return whether the file had to be changed
     * @throws HostsException {@code PERMISSION_DENIED} (file untouched), {@code NOT_FOUND} or {@code IO}
     */
    public boolean apply(List<String> names) {
        return edit(content -> content.apply(names), names);
    }

    /** Removes FocusFlow's block, if there is one; writes nothing otherwise (nor for a missing file). */
    public boolean remove() {
        return remove(List.of());
    }

    /**
     * As {@link #remove()}, for a caller that knows which names it put into the block.
     *
     * @see HostsContent#remove(Collection)
     */
    public boolean remove(Collection<String> written) {
        if (!Files.exists(path)) {
            return false;
        }
        return edit(content -> content.remove(written), written);
    }

    /**
     * The lines of others that the last edit which changed the file found inside FocusFlow's markers, and
     * kept (below the block, or where they were once the block was removed); empty if there were none.
     */
    public List<String> keptLines() {
        return kept;
    }

    /** Whether this process may replace the file (and its folder allows the atomic rename); never throws. */
    public boolean writable() {
        try {
            WriteAccess.check(target());
            return true;
        } catch (IOException | HostsException e) {
            return false;
        }
    }

    /** The current stamp; a missing file has the stamp {@code (-1, -1, -1, null)}. */
    public Stamp stamp() {
        try {
            Path target = target();
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), changed(target),
                    attributes.fileKey());
        } catch (IOException e) {
            return new Stamp(-1, -1, -1, null);
        }
    }

    /** The ctime where the file system has one (Linux, macOS); -1 elsewhere. */
    private static long changed(Path target) {
        try {
            return ((java.nio.file.attribute.FileTime) Files.getAttribute(target, "unix:ctime")).toMillis();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    /**
     * Reads, edits and replaces the file; redone on the new content whenever another program changed the
     * file in between, also when its change reached the old file only after the rename.
     */
    private boolean edit(UnaryOperator<HostsContent> change, Collection<String> written) {
        byte[] current = null; // what the file holds, as far as this edit knows
        byte[] base = null; // what the edit is made from: current, or a late change the rename displaced
        boolean wrote = false;
        for (int attempt = 1;; attempt++) {
            Path target;
            try {
                target = target();
                if (base == null) {
                    current = base = Files.readAllBytes(target);
                }
            } catch (IOException e) {
                throw failure(e, "read");
            }
            HostsContent now = content(base);
            byte[] after = change.apply(now).bytes();
            if (Arrays.equals(after, current)) {
                return wrote;
            }
            List<String> foreign = now.foreignLines(written);
            try {
                WriteAccess.check(target);
                byte[] expected = current;
                AtomicFiles.replace(target, after, bytes -> Arrays.equals(bytes, expected), writes);
                reportKept(foreign);
                return true;
            } catch (AtomicFiles.ChangedMeanwhile e) {
                base = null;
            } catch (AtomicFiles.ChangedAfterRename e) {
                reportKept(foreign);
                wrote = true;
                current = after;
                base = e.late();
            } catch (IOException e) {
                throw failure(e, "write");
            }
            if (attempt == ATTEMPTS) {
                throw new HostsException(HostsException.Kind.IO, "Cannot change " + path + ": another program "
                        + "changed it " + ATTEMPTS + " times while FocusFlow was editing it; will try again later");
            }
        }
    }

    private void reportKept(List<String> foreign) {
        kept = List.copyOf(foreign);
        if (!foreign.isEmpty()) {
            LOG.warning(() -> "Kept " + foreign.size() + " line(s) that FocusFlow did not write inside its markers in "
                    + path + "; they stay in the file, outside its block: "
                    + HostNames.sanitize(String.join(" | ", foreign.subList(0, Math.min(5, foreign.size()))))
                    + (foreign.size() > 5 ? " | ..." : ""));
        }
    }

    private HostsContent content(byte[] bytes) {
        try {
            return HostsContent.of(bytes);
        } catch (IllegalArgumentException e) {
            throw new HostsException(HostsException.Kind.IO, "Cannot block websites in " + path + ": " + e.getMessage());
        }
    }

    private Path target() throws IOException {
        return path.toRealPath();
    }

    private HostsException failure(IOException e, String action) {
        if (e instanceof NoSuchFileException) {
            return new HostsException(HostsException.Kind.NOT_FOUND, "The hosts file " + path + " does not exist", e);
        }
        if (e instanceof AccessDeniedException || (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().contains("not permitted"))) {
            return WriteAccess.denied(path, "the system refused to " + action + " it (" + e.getMessage() + ")");
        }
        return new HostsException(HostsException.Kind.IO, "Cannot " + action + " the hosts file " + path + ": "
                + e.getMessage(), e);
    }
}
