package com.focusflow.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library unpacked in a folder of FocusFlow's own. Left alone, sqlite-jdbc copies the
 * library out of its jar at every start under a new name, compares the copy with the original byte by byte and
 * deletes it at exit: about 0.1 s of CPU on every start (docs/benchmarks.md). Here one copy per sqlite-jdbc
 * version is written once, and sqlite-jdbc is pointed at it through {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}, its documented way to load the library from a folder.
 *
 * <p>Nothing here can stop the database from opening: if the copy cannot be made, or cannot be loaded (a
 * sqlite-jdbc bundle updated while FocusFlow runs finds the library already loaded by its old revision), sqlite-jdbc
 * unpacks its own copy as before. A path the user set is left alone.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String COPY_PREFIX = "sqlite-";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);

    private SqliteNativeLibrary() {
    }

    /**
     * Makes sure {@code dir} holds this sqlite-jdbc's library for this platform and points {@code system} at it;
     * copies of other versions in {@code dir} are removed. Does nothing for a platform sqlite-jdbc has no library
     * for, or when {@code system} already names a library folder other than {@code dir}.
     */
    static void keepIn(Path dir, Properties system) {
        String configured = system.getProperty(PATH_PROPERTY);
        if (configured != null && !configured.equals(dir.toString())) {
            LOG.debug("{} is set to {}: sqlite-jdbc loads its library from there", PATH_PROPERTY, configured);
            return;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        URL library = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (library == null) {
            return; // sqlite-jdbc looks on java.library.path then, as it always did
        }
        Path copy = dir.resolve(COPY_PREFIX + SQLiteJDBCLoader.getVersion() + "-" + name);
        try {
            if (!Files.isRegularFile(copy)) {
                write(library, copy);
                LOG.info("Unpacked SQLite's native library to {}", copy);
            }
        } catch (IOException e) {
            LOG.warn("SQLite's native library could not be kept in {} ({}); sqlite-jdbc unpacks its own", dir, e.toString());
            return;
        }
        removeOtherCopies(dir, copy);
        system.setProperty(PATH_PROPERTY, dir.toString());
        system.setProperty(NAME_PROPERTY, copy.getFileName().toString());
    }

    /** Written beside its final name and moved there, so a crash never leaves a part of a library to be loaded. */
    private static void write(URL library, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Path part = copy.resolveSibling(copy.getFileName() + ".part");
        try (InputStream in = library.openStream();
                FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            in.transferTo(Channels.newOutputStream(out));
            out.force(true);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rwx------"));
        }
        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Removes copies of an earlier sqlite-jdbc and parts left by a crash; what cannot be removed now (Windows keeps
     * a loaded library locked) is tried again at the next start. A library still loaded stays mapped on Linux.
     */
    private static void removeOtherCopies(Path dir, Path keep) {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, COPY_PREFIX + "*")) {
            for (Path other : copies) {
                if (!other.equals(keep)) {
                    try {
                        Files.deleteIfExists(other);
                    } catch (IOException e) {
                        LOG.debug("{} not removed ({})", other, e.toString());
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.debug("Earlier copies in {} not looked for ({})", dir, e.toString());
        }
    }
}
