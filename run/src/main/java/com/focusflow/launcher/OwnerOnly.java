package com.focusflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data dir holds credentials, the database, settings and logs: nobody but its owner may read it. On
 * POSIX systems folders are made 0700 and files 0600 whatever the umask (elsewhere the user profile's ACLs
 * already keep others out).
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

    /** Narrows every file directly in {@code dir} that others could read (sub-folders are left as they are). */
    static void filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    narrow(file, Set.of());
                }
            }
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
