package com.focusflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * The folders and files FocusFlow keeps in its data dir, and the system properties that point the
 * framework and its bundles at them. Properties given with -D on the command line win.
 */
record RuntimeLayout(Path home, Path cache, Path load, Path config, Path logs, Path logFile, Path logConfig,
        Path credentials, Path headlessShell, Path lock, Path socket, Path runPath, Path nativeLibraries) {

    static RuntimeLayout of(Path home) {
        return new RuntimeLayout(home, home.resolve("cache"), home.resolve("load"),
                home.resolve("config"), home.resolve("logs"), home.resolve("logs").resolve("focusflow.log"),
                home.resolve("logback.xml"), home.resolve("credentials.properties"), home.resolve("headless-shell"),
                home.resolve("focusflow.lock"), home.resolve("focusflow.sock"), home.resolve("runpath"),
                home.resolve("native"));
    }

    /**
     * Creates what is missing and makes the whole data dir owner-only (0700 folders, 0600 files on POSIX): it
     * holds the credentials, the database, the settings and the logs.
     */
    static RuntimeLayout prepare(Path home) throws IOException {
        RuntimeLayout layout = of(home);
        for (Path dir : new Path[] {home, layout.load, layout.config, layout.logs, layout.cache, layout.runPath,
                layout.nativeLibraries}) {
            OwnerOnly.directory(dir);
        }
        checkWritable(home);
        layout.installDefaultLogConfig();
        layout.installHeadlessShellProfile();
        OwnerOnly.tree(home); // also what an earlier start under a wider umask left (the cache, the database)
        return layout;
    }

    /**
     * The framework cache, the database and the log all live in the data dir: without write access nothing
     * works, so FocusFlow stops here with one clear line instead of a framework stack trace.
     */
    static void checkWritable(Path home) throws IOException {
        try {
            Files.delete(Files.createTempFile(home, ".write-check-", ".tmp"));
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                    : e.toString();
            throw new IOException("FocusFlow cannot write its data dir " + home + " (" + reason + "). Make it writable, "
                    + "or set FOCUSFLOW_HOME to a folder you can write, and start again.", e);
        }
    }

    /**
     * Gogo's JLine shell always runs its login profile, and the stock profile needs a terminal. Headless,
     * Gogo reads this empty profile instead (gosh.home points here), so no shell starts and nothing fails.
     */
    private void installHeadlessShellProfile() throws IOException {
        Path profile = headlessShell.resolve("etc").resolve("gosh_profile");
        if (!Files.exists(profile)) {
            OwnerOnly.directory(headlessShell);
            Files.createDirectories(profile.getParent());
            Files.writeString(profile, "# FocusFlow runs headless: no interactive shell.\n");
        }
    }

    /**
     * Deletes the native libraries earlier runs unpacked (a killed process never deletes its own). Called holding
     * the instance lock, so no other FocusFlow uses them; a file still in use elsewhere (Windows) stays.
     */
    void clearNativeLibraries() {
        try (var files = Files.list(nativeLibraries)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException inUse) {
                    // kept: deleted at a later start
                }
            });
        } catch (IOException e) {
            // nothing to clear
        }
    }

    /** The user may edit logback.xml (Logback rescans it); we only write it when it is missing. */
    private void installDefaultLogConfig() throws IOException {
        if (Files.exists(logConfig)) {
            return;
        }
        try (InputStream in = RuntimeLayout.class.getResourceAsStream("logback.xml")) {
            Files.copy(in, logConfig);
        }
    }

    /** True while the data dir's logback.xml is byte for byte the one FocusFlow ships. */
    boolean logConfigIsShipped() {
        try (InputStream in = RuntimeLayout.class.getResourceAsStream("logback.xml")) {
            return in != null && Arrays.equals(in.readAllBytes(), Files.readAllBytes(logConfig));
        } catch (IOException e) {
            return false;
        }
    }

    void applyTo(Properties system, boolean headless, boolean interactive) {
        setDefault(system, "focusflow.home", home.toString());
        setDefault(system, "focusflow.headless", Boolean.toString(headless));
        setDefault(system, "launch.storage.dir", cache.toString());
        setDefault(system, "felix.fileinstall.dir", load.toString());
        setDefault(system, "felix.cm.dir", config.toString());
        setDefault(system, "logback.configurationFile", logConfig.toString());
        // Where sqlite-jdbc unpacks its own copy of its native library if com.focusflow.persistence's kept copy
        // cannot be loaded; in /tmp a killed process left that copy there for good
        setDefault(system, "org.sqlite.tmpdir", nativeLibraries.toString());
        if (logConfig.toString().equals(system.getProperty("logback.configurationFile")) && logConfigIsShipped()) {
            // com.focusflow.logging then sets the same up in code, without Logback's XML parsing at start
            setDefault(system, "focusflow.log.shipped", "true");
        }
        // Without a terminal Gogo would read EOF and stop the framework: no shell then.
        setDefault(system, "gosh.args", interactive ? "" : "--nointeractive");
        if (!interactive) {
            setDefault(system, "gosh.home", headlessShell.toString());
            setDefault(system, "org.jline.terminal.dumb", "true");
        }
    }

    private static void setDefault(Properties system, String key, String value) {
        if (system.getProperty(key) == null) {
            system.setProperty(key, value);
        }
    }
}
