package com.focusflow.support.fileinstall;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How FileInstall links a configuration to the {@code load/} file it came from: the property {@link #FILE_LINK}
 * holds the file's URI. One reading of it for every bundle that follows the link.
 */
public final class FileInstallLinks {

    /** The framework property naming FileInstall's folder ({@code load/}). */
    public static final String DIR = "felix.fileinstall.dir";
    /** What FileInstall sets on a configuration it made from a file: the file's URI ({@code file:/x}). */
    public static final String FILE_LINK = "felix.fileinstall.filename";

    private FileInstallLinks() {
    }

    /** The file a link names, absolute and normalized ({@code file:///x} is {@code file:/x}); empty if it is no file URI. */
    public static Optional<Path> file(String link) {
        try {
            return Optional.of(Path.of(URI.create(link)).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | FileSystemNotFoundException notAFile) {
            return Optional.empty();
        }
    }

    /** Whether FileInstall reads a file of this name as a configuration. */
    public static boolean isConfigurationFile(String name) {
        return name.endsWith(".cfg") || name.endsWith(".config");
    }
}
