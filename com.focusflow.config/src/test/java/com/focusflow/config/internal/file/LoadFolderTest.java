package com.focusflow.config.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadFolderTest {

    @TempDir
    Path root;

    @Test
    void aCfgFileInTheFolderIsOneOfItsFiles() throws Exception {
        Path load = Files.createDirectories(root.resolve("load"));
        Path cfg = Files.writeString(load.resolve("com.focusflow.analytics.cfg"), "a=1\n");

        assertThat(new LoadFolder(load).file(cfg.toUri().toString())).contains(cfg);
        assertThat(new LoadFolder(load).file(load.resolve("x.config").toUri().toString())).contains(load.resolve("x.config"));
        assertThat(new LoadFolder(load).file(null)).isEmpty();
    }

    @Test
    void aLinkOutsideTheFolderOrToAnotherKindOfFileIsRefused() throws Exception {
        Path load = Files.createDirectories(root.resolve("load"));
        LoadFolder folder = new LoadFolder(load);

        assertThatThrownBy(() -> folder.file(root.resolve("elsewhere.cfg").toUri().toString()))
                .hasMessageContaining("not in the load folder");
        assertThatThrownBy(() -> folder.file(load.resolve("../load/../etc.cfg").toUri().toString()))
                .hasMessageContaining("not in the load folder");
        assertThatThrownBy(() -> folder.file(load.resolve("sub").resolve("a.cfg").toUri().toString()))
                .hasMessageContaining("not in the load folder");
        assertThatThrownBy(() -> folder.file(load.resolve("hosts").toUri().toString())).hasMessageContaining(".cfg or .config");
        assertThatThrownBy(() -> folder.file("/etc/hosts.cfg")).hasMessageContaining("not a file: URI");
        assertThatThrownBy(() -> folder.file("http://example.com/a.cfg")).hasMessageContaining("not a file: URI");
    }

    @Test
    void aSymbolicLinkInTheFolderIsRefused() throws Exception {
        Path load = Files.createDirectories(root.resolve("load"));
        Path target = Files.writeString(root.resolve("secret.cfg"), "a=1\n");
        Path link = Files.createSymbolicLink(load.resolve("link.cfg"), target);

        assertThatThrownBy(() -> new LoadFolder(load).file(link.toUri().toString())).hasMessageContaining("not a regular file");
    }
}
