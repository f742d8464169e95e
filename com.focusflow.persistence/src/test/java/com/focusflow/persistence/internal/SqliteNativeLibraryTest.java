package com.focusflow.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The kept copy of sqlite-jdbc's native library, against the real sqlite-jdbc jar of the build. */
class SqliteNativeLibraryTest {

    @TempDir
    Path dir;
    final Properties system = new Properties();
    byte[] shipped;
    String copyName;

    @BeforeEach
    void shippedLibrary() throws Exception {
        String name = LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            assumeTrue(in != null, "sqlite-jdbc has no native library for this platform");
            shipped = in.readAllBytes();
        }
        copyName = "sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + name;
    }

    @Test
    void theFirstCallUnpacksTheLibraryOwnerOnlyAndPointsSqliteJdbcAtIt() throws Exception {
        SqliteNativeLibrary.keepIn(dir, system);

        Path copy = dir.resolve(copyName);
        assertThat(Files.readAllBytes(copy)).isEqualTo(shipped);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rwx------");
        assertThat(system.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(dir.toString());
        assertThat(system.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isEqualTo(copyName);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(copy);
        }
    }

    @Test
    void laterCallsKeepTheCopyAndRemoveOtherVersionsAndLeftParts() throws Exception {
        SqliteNativeLibrary.keepIn(dir, system);
        Path copy = dir.resolve(copyName);
        FileTime written = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, written);
        Path older = Files.writeString(dir.resolve("sqlite-3.0.0.0-libsqlitejdbc.so"), "an earlier sqlite-jdbc");
        Path part = Files.writeString(dir.resolve(copyName + ".part"), "half a library");
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not a library");

        SqliteNativeLibrary.keepIn(dir, new Properties());

        assertThat(Files.getLastModifiedTime(copy)).as("not written again").isEqualTo(written);
        assertThat(older).doesNotExist();
        assertThat(part).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void aLibraryPathTheUserSetIsLeftAlone() throws Exception {
        system.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/usr/lib/sqlite-jdbc");

        SqliteNativeLibrary.keepIn(dir, system);

        assertThat(system.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/usr/lib/sqlite-jdbc");
        assertThat(system.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isNull();
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesSqliteJdbcToUnpackItsOwn() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        SqliteNativeLibrary.keepIn(notAFolder.resolve("native"), system);

        assertThat(system.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isNull();
        assertThat(system.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isNull();
    }
}
