package com.focusflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The data dir holds credentials, the database, settings and logs: nobody but its owner may read it. On
 * POSIX systems every group and other bit is dropped (folders 0700, files 0600) whatever the umask; elsewhere
 * the user profile's ACLs already keep others out.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and missing parents) and makes it owner-only. */
    static void directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        narrow(dir, DIRECTORY);
    }

    /** A folder the walk enters (before it narrows it and what it holds). */
    interface FolderVisitor {
        void entering(Path folder) throws IOException;
    }

    /**
     * Narrows everything under {@code root} (itself included) that others could read or enter. Symbolic links
     * are neither followed nor changed: a link in load/ may point at the user's own file elsewhere.
     */
    static void tree(Path root) throws IOException {
        tree(root, folder -> {
        });
    }

    /** The same, telling {@code visitor} about each folder first (OwnerOnlyWatch watches it). */
    static void tree(Path root, FolderVisitor visitor) throws IOException {
        if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null || !Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                visitor.entering(dir);
                entry(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isSymbolicLink()) {
                    entry(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException gone) {
                return FileVisitResult.CONTINUE; // deleted while we walked (a journal, a temp file): nothing to narrow
            }
        });
    }

    /** Narrows one file, folder or socket; a symbolic link or an entry already gone is left alone. */
    static void entry(Path path) {
        try {
            if (!Files.isSymbolicLink(path)) {
                narrow(path, Set.of());
            }
        } catch (IOException goneOrNotOurs) {
            // deleted in the meantime, or owned by someone else (then it is not ours to change)
        }
    }

    /** Keeps the owner's bits (plus {@code required}) and drops every group and other bit. */
    private static void narrow(Path path, Set<PosixFilePermission> required) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> narrowed = EnumSet.noneOf(PosixFilePermission.class);
        current.stream().filter(p -> p.name().startsWith("OWNER_")).forEach(narrowed::add);
        narrowed.addAll(required);
        if (!narrowed.equals(current)) {
            Files.setPosixFilePermissions(path, narrowed);
        }
    }
}
