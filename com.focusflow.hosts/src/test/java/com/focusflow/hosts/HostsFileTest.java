package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class HostsFileTest {

    @TempDir
    Path dir;

    @Test
    void adlistRoundTripIsByteIdenticalAndKeepsItsOwnMarkers() throws IOException {
        Path source = SharedData.adlistHosts().orElse(null);
        assumeTrue(source != null, "shared/data/hosts/adlist-hosts not found");
        Path hosts = dir.resolve("hosts");
        Files.copy(source, hosts);
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] original = Files.readAllBytes(hosts);
        HostsFile file = new HostsFile(hosts);

        assertThat(file.apply(names(1000))).isTrue();
        String applied = Files.readString(hosts);
        assertThat(applied).startsWith(new String(original)).contains("# BEGIN BLOCKLIST")
                .contains("0.0.0.0 site999.example.com\n:: site999.example.com\n");
        assertThat(file.apply(names(1000))).as("second apply writes nothing").isFalse();
        assertThat(file.remove()).isTrue();
        assertThat(Files.readAllBytes(hosts)).isEqualTo(original);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hosts))).isEqualTo("rw-r--r--");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsPermissionsAndFollowsSymbolicLinks() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("hosts");
        Files.writeString(real, "127.0.0.1 localhost\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("hosts"), real);

        new HostsFile(link).apply(List.of("youtube.com"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("0.0.0.0 youtube.com");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
    }

    @Test
    void aReadOnlyFileIsPermissionDeniedAndUntouched() throws IOException {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1 localhost\n");
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("r--r--r--"));
        long modified = Files.getLastModifiedTime(hosts).toMillis();

        assertThatThrownBy(() -> new HostsFile(hosts).apply(List.of("youtube.com")))
                .isInstanceOfSatisfying(HostsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(HostsException.Kind.PERMISSION_DENIED);
                    assertThat(e.getMessage()).contains(hosts.toString()).contains("not writable");
                });
        assertThat(Files.readString(hosts)).isEqualTo("127.0.0.1 localhost\n");
        assertThat(Files.getLastModifiedTime(hosts).toMillis()).isEqualTo(modified);
        assertThat(leftovers()).isEmpty();
        assertThat(new HostsFile(hosts).remove()).as("nothing to remove: no write, no error").isFalse();
    }

    @Test
    void aReadOnlyFolderIsPermissionDeniedAndUntouched() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("etc"));
        Path hosts = folder.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1 localhost\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> new HostsFile(hosts).apply(List.of("youtube.com")))
                    .isInstanceOfSatisfying(HostsException.class,
                            e -> assertThat(e.kind()).isEqualTo(HostsException.Kind.PERMISSION_DENIED));
            assertThat(Files.readString(hosts)).isEqualTo("127.0.0.1 localhost\n");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).containsExactly(hosts);
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThatThrownBy(() -> new HostsFile(dir.resolve("nope")).apply(List.of("youtube.com")))
                .isInstanceOfSatisfying(HostsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(HostsException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("does not exist");
                });
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    static List<String> names(int sites) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            names.add("site" + i + ".example.com");
        }
        return names.stream().sorted().toList();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
