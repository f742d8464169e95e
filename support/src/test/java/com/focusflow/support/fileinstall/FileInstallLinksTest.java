package com.focusflow.support.fileinstall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FileInstallLinksTest {

    @Test
    void aFileUriInEitherFormIsTheSameNormalizedFile() {
        assertThat(FileInstallLinks.file("file:/tmp/load/../load/a.cfg")).contains(Path.of("/tmp/load/a.cfg"));
        assertThat(FileInstallLinks.file("file:///tmp/load/a.cfg")).contains(Path.of("/tmp/load/a.cfg"));
    }

    @Test
    void anythingElseIsNoFile() {
        assertThat(FileInstallLinks.file("/tmp/load/a.cfg")).as("no scheme").isEmpty();
        assertThat(FileInstallLinks.file("http://example.com/a.cfg")).isEmpty();
        assertThat(FileInstallLinks.file("not a uri")).isEmpty();
    }

    @Test
    void cfgAndConfigFilesAreConfigurations() {
        assertThat(FileInstallLinks.isConfigurationFile("com.focusflow.analytics.cfg")).isTrue();
        assertThat(FileInstallLinks.isConfigurationFile("x.config")).isTrue();
        assertThat(FileInstallLinks.isConfigurationFile("focusflow.jar")).isFalse();
        assertThat(FileInstallLinks.isConfigurationFile("a.cfg.tmp")).isFalse();
    }
}
