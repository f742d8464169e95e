package com.focusflow.config.internal.file;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import com.focusflow.support.fileinstall.FileInstallLinks;

/**
 * The files a configuration may be written back to: FileInstall links a configuration to its file with a
 * {@code file:} URI in {@code felix.fileinstall.filename}, a property anybody who can update the configuration
 * can set. Only a regular {@code .cfg} or {@code .config} file directly in the load folder is ever written or
 * deleted; a link anywhere else (another directory, a symbolic link, a device) is refused.
 */
final class LoadFolder {

    private final Path dir;

    LoadFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The file {@code link} names, if it is one of this folder's configuration files; why not otherwise. */
    Optional<Path> file(Object link) throws RefusedLink {
        if (!(link instanceof String text)) {
            return Optional.empty();
        }
        Path file = FileInstallLinks.file(text).orElseThrow(() -> new RefusedLink(text + " is not a file: URI"));
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!dir.equals(file.getParent())) {
            throw new RefusedLink(file + " is not in the load folder " + dir);
        }
        if (!FileInstallLinks.isConfigurationFile(name)) {
            throw new RefusedLink(file + " is not a .cfg or .config file");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedLink(file + " is not a regular file (a link or a device)");
        }
        return Optional.of(file);
    }

    /** A link that names no file of the load folder. */
    static final class RefusedLink extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedLink(String message) {
            super(message);
        }
    }
}
