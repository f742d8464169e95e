package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * Dropping a newer build of an installed FocusFlow bundle into the FileInstall folder updates that bundle in
 * place: same bundle id, one bundle of that name, the new version, ACTIVE. No restart.
 */
class HotUpdateTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void newerBuildInLoadFolderUpdatesTheBundleInPlace() throws Exception {
        Bundle before = bundle("com.focusflow.analytics");
        Version newer = new Version(before.getVersion().getMajor(), before.getVersion().getMinor(),
                before.getVersion().getMicro() + 1, "itest");
        Files.write(loadFolder().resolve("com.focusflow.analytics-newer.jar"), BundleJars.rebuild(before, newer));

        Bundle after = Poll.until(Duration.ofSeconds(30), "analytics " + newer, () -> {
            Bundle b = bundle("com.focusflow.analytics");
            return b.getVersion().equals(newer) && b.getState() == Bundle.ACTIVE ? b : null;
        });
        assertThat(after.getBundleId()).isEqualTo(before.getBundleId());
        assertThat(named("com.focusflow.analytics")).hasSize(1);
    }

    @Test
    void olderBuildIsNotInstalledBesideOrOverTheRunningOne() throws Exception {
        Bundle running = bundle("com.focusflow.sync");
        Version older = new Version(0, 0, 1);
        Path jar = loadFolder().resolve("com.focusflow.sync-older.jar");
        Files.write(jar, BundleJars.rebuild(running, older));

        // FileInstall scans every second; wait until the installer has seen the jar and said no.
        Path log = Path.of(context.getProperty("focusflow.home"), "logs", "focusflow.log");
        Poll.until(Duration.ofSeconds(30), "the installer to refuse the older jar", () ->
                Files.readString(log).contains("com.focusflow.sync-older.jar: com.focusflow.sync") ? true : null);
        assertThat(named("com.focusflow.sync")).hasSize(1);
        assertThat(bundle("com.focusflow.sync").getVersion()).isEqualTo(running.getVersion());
        assertThat(bundle("com.focusflow.sync").getState()).isEqualTo(Bundle.ACTIVE);
    }

    private Path loadFolder() throws Exception {
        Path load = Path.of(context.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(load);
        return load;
    }

    private Bundle bundle(String bsn) {
        return named(bsn).get(0);
    }

    private List<Bundle> named(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).toList();
    }
}
