package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersTest {

    @TempDir
    Path root;

    @BeforeEach
    void system() throws Exception {
        write("etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n"
                + "bob:x:1001:1001::/home/bob:/bin/zsh\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n");
        write("run/systemd/sessions/2", "UID=1000\nUSER=alice\nACTIVE=1\nTYPE=wayland\nCLASS=user\n");
        write("run/systemd/sessions/5", "UID=1001\nUSER=bob\nTYPE=tty\nCLASS=user\n");
        write("run/systemd/sessions/c1", "UID=0\nTYPE=x11\nCLASS=greeter\n");
    }

    @Test
    void anOrdinaryUserClosesOnlyTheirOwnApps() {
        Owners owners = Owners.of(1001, "bob", List.of("alice"), root, Map.of());

        assertThat(owners.uids()).containsExactly(1001);
        assertThat(owners.includes("bob")).isTrue();
        assertThat(owners.includes("alice")).as("configured users apply to root only").isFalse();
    }

    @Test
    void asRootOnlyTheUsersOfGraphicalSessionsAndTheSudoUserNeverRoot() {
        Owners owners = Owners.of(0, "root", List.of(), root, Map.of("SUDO_UID", "65534"));

        assertThat(owners.uids()).containsExactlyInAnyOrder(1000, 65534);
        assertThat(owners.includes(0)).as("root's own cron, shells, ...").isFalse();
        assertThat(owners.includes(1001)).as("a text console session").isFalse();
        assertThat(owners.includes("alice")).isTrue();
    }

    @Test
    void asRootTheConfiguredUsersByNameOrIdRootOnlyWhenNamed() {
        assertThat(Owners.of(0, "root", List.of("bob", " 4242 ", "nosuchuser"), root, Map.of()).uids())
                .containsExactlyInAnyOrder(1001, 4242);
        assertThat(Owners.of(0, "root", List.of("root"), root, Map.of()).uids()).containsExactly(0);
    }

    @Test
    void asRootWithoutSessionsNobodysAppsAreClosed() throws Exception {
        Owners owners = Owners.of(0, "root", List.of(), root.resolve("elsewhere"), Map.of());

        assertThat(owners.uids()).isEmpty();
    }

    private void write(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
