package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void prepareCreatesTheFoldersOfANewDataDir() throws IOException {
        Path home = tmp.resolve("new/focusflow");

        RuntimeLayout layout = RuntimeLayout.prepare(home);

        assertThat(home.resolve("load")).isDirectory();
        assertThat(home.resolve("config")).isDirectory();
        assertThat(home.resolve("logs")).isDirectory();
        assertThat(layout.home()).isEqualTo(home);
        assertThat(layout.load()).isEqualTo(home.resolve("load"));
        assertThat(layout.logFile()).isEqualTo(home.resolve("logs/focusflow.log"));
        assertThat(layout.credentials()).isEqualTo(home.resolve("credentials.properties"));
    }

    @Test
    void prepareMakesTheDataDirOwnerOnly() throws IOException {
        Path home = tmp.resolve("shared");
        Files.createDirectories(home.resolve("config"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path setting = Files.writeString(home.resolve("config/x.config"), "a=1");
        Files.setPosixFilePermissions(setting, PosixFilePermissions.fromString("rw-r--r--"));
        // what Felix left in the cache at a start under umask 022
        Path cached = Files.createDirectories(home.resolve("cache/bundle7/version0.0"));
        Path jar = Files.writeString(cached.resolve("bundle.jar"), "jar");
        for (Path p : new Path[] {home.resolve("cache/bundle7"), cached}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        // a link in load/ to the user's own jar elsewhere: neither followed nor changed
        Path elsewhere = Files.writeString(tmp.resolve("mine.jar"), "mine");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(Files.createDirectories(home.resolve("load")).resolve("mine.jar"), elsewhere);

        RuntimeLayout layout = RuntimeLayout.prepare(home);

        for (Path dir : new Path[] {home, layout.config(), layout.logs(), layout.load(), layout.cache()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString())
                    .isEqualTo("rwx------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(setting))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.logConfig()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jar))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere))).isEqualTo("rw-r--r--");
    }

    @Test
    void prepareInstallsTheDefaultLogConfig() throws IOException {
        RuntimeLayout layout = RuntimeLayout.prepare(tmp);

        assertThat(layout.logConfig()).isEqualTo(tmp.resolve("logback.xml"));
        assertThat(Files.readString(layout.logConfig())).contains("<configuration");
    }

    @Test
    void prepareKeepsALogConfigTheUserEdited() throws IOException {
        RuntimeLayout.prepare(tmp);
        String edited = "<configuration><!-- mine --></configuration>";
        Files.writeString(tmp.resolve("logback.xml"), edited);

        RuntimeLayout.prepare(tmp);

        assertThat(tmp.resolve("logback.xml")).hasContent(edited);
    }

    @Test
    void prepareKeepsExistingData() throws IOException {
        RuntimeLayout.prepare(tmp);
        Path dropped = Files.writeString(tmp.resolve("load/my.cfg"), "a=1");

        RuntimeLayout.prepare(tmp);

        assertThat(dropped).hasContent("a=1");
    }

    @Test
    void applyToPointsTheFrameworkAtTheDataDir() throws IOException {
        RuntimeLayout layout = RuntimeLayout.prepare(tmp);
        Properties system = new Properties();

        layout.applyTo(system, true, false);

        assertThat(system.getProperty("focusflow.home")).isEqualTo(tmp.toString());
        assertThat(system.getProperty("focusflow.headless")).isEqualTo("true");
        assertThat(system.getProperty("launch.storage.dir")).isEqualTo(tmp.resolve("cache").toString());
        assertThat(system.getProperty("felix.fileinstall.dir")).isEqualTo(tmp.resolve("load").toString());
        assertThat(system.getProperty("felix.cm.dir")).isEqualTo(tmp.resolve("config").toString());
        assertThat(system.getProperty("logback.configurationFile")).isEqualTo(tmp.resolve("logback.xml").toString());
        assertThat(system.getProperty("gosh.args")).isEqualTo("--nointeractive");
        assertThat(system.getProperty("org.sqlite.tmpdir")).isEqualTo(tmp.resolve("native").toString());
    }

    @Test
    void nativeLibrariesEarlierRunsLeftBehindAreCleared() throws IOException {
        RuntimeLayout layout = RuntimeLayout.prepare(tmp);
        Path left = Files.writeString(tmp.resolve("native").resolve("sqlite-3.50.3.0-1234-libsqlitejdbc.so"), "x");
        Path lock = Files.writeString(tmp.resolve("native").resolve("sqlite-3.50.3.0-1234-libsqlitejdbc.so.lck"), "");

        layout.clearNativeLibraries();

        assertThat(left).doesNotExist();
        assertThat(lock).doesNotExist();
        assertThat(tmp.resolve("native")).isDirectory();
    }

    @Test
    void interactiveDesktopStartKeepsTheShell() throws IOException {
        Properties system = new Properties();

        RuntimeLayout.prepare(tmp).applyTo(system, false, true);

        assertThat(system.getProperty("focusflow.headless")).isEqualTo("false");
        assertThat(system.getProperty("gosh.args")).isEmpty();
    }

    @Test
    void theShippedLogConfigIsSetUpInCodeUntilTheUserEditsIt() throws IOException {
        RuntimeLayout layout = RuntimeLayout.prepare(tmp);
        Properties shipped = new Properties();
        layout.applyTo(shipped, true, false);

        Files.writeString(layout.logConfig(), Files.readString(layout.logConfig()).replace("level=\"INFO\"", "level=\"DEBUG\""));
        Properties edited = new Properties();
        layout.applyTo(edited, true, false);

        assertThat(shipped.getProperty("focusflow.log.shipped")).isEqualTo("true");
        assertThat(edited.getProperty("focusflow.log.shipped")).isNull();
        assertThat(edited.getProperty("logback.configurationFile")).isEqualTo(layout.logConfig().toString());
    }

    @Test
    void aLogConfigGivenOnTheCommandLineIsNeverReplacedByTheShippedOne() throws IOException {
        Properties system = new Properties();
        system.setProperty("logback.configurationFile", "/etc/focusflow/logback.xml");

        RuntimeLayout.prepare(tmp).applyTo(system, true, false);

        assertThat(system.getProperty("focusflow.log.shipped")).isNull();
    }

    @Test
    void applyToNeverOverridesPropertiesGivenOnTheCommandLine() throws IOException {
        Properties system = new Properties();
        system.setProperty("focusflow.home", "/elsewhere");
        system.setProperty("felix.cm.dir", "/etc/focusflow/config");
        system.setProperty("gosh.args", "--login");
        system.setProperty("focusflow.headless", "true");

        RuntimeLayout.prepare(tmp).applyTo(system, false, true);

        assertThat(system.getProperty("focusflow.home")).isEqualTo("/elsewhere");
        assertThat(system.getProperty("felix.cm.dir")).isEqualTo("/etc/focusflow/config");
        assertThat(system.getProperty("gosh.args")).isEqualTo("--login");
        assertThat(system.getProperty("focusflow.headless")).isEqualTo("true");
        assertThat(system.getProperty("felix.fileinstall.dir")).isEqualTo(tmp.resolve("load").toString());
    }

    @Test
    void aDataDirThatCannotBeWrittenIsRefusedWithOneClearMessage() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(home), "root may write anywhere");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuntimeLayout.checkWritable(home))
                    .isInstanceOf(IOException.class).hasMessageContaining("cannot write its data dir " + home)
                    .hasMessageContaining("FOCUSFLOW_HOME");
        } finally {
            Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
