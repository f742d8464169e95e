package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class HostsFileTest {

    @TempDir
    Path dir;

    @Test
    void adlistRoundTripIsByteIdenticalAndKeepsItsOwnMarkers() throws IOException {
        Path hosts = dir.resolve("hosts");
        try (InputStream adlist = new GZIPInputStream(HostsFileTest.class.getResourceAsStream("adlist-hosts.gz"))) {
            Files.copy(adlist, hosts); // a real-world list of 93,202 lines with its own BEGIN BLOCKLIST marker
        }
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] original = Files.readAllBytes(hosts);
        assertThat(new String(original, StandardCharsets.UTF_8).lines()).as("the whole fixture").hasSize(93_202);
        HostsFile file = new HostsFile(hosts);

        assertThat(file.apply(names(1000))).isTrue();
        String applied = Files.readString(hosts);
        assertThat(applied).startsWith(new String(original, StandardCharsets.UTF_8)).contains("# BEGIN BLOCKLIST")
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

    /** Issue 19 point 7: another program appends while FocusFlow edits; its line is never lost. */
    @Test
    void anEditByAnotherProgramBetweenReadAndRenameIsKept() throws IOException {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        FileWrites racing = new FileWrites() {
            @Override
            public void write(java.nio.channels.FileChannel channel, java.nio.ByteBuffer bytes) throws IOException {
                if (writes.getAndIncrement() == 0) { // the other writer strikes while the new content is written
                    Files.writeString(hosts, "10.0.0.7 nas\n", java.nio.file.StandardOpenOption.APPEND);
                }
                FileWrites.super.write(channel, bytes);
            }
        };

        assertThat(new HostsFile(hosts, racing).apply(List.of("youtube.com"))).isTrue();

        assertThat(Files.readString(hosts)).startsWith("127.0.0.1 localhost\n10.0.0.7 nas\n").contains("0.0.0.0 youtube.com");
        assertThat(writes).as("the edit was redone on the new content").hasValue(2);
        assertThat(leftovers()).isEmpty();
    }

    /** Issue 19 point 8: a hard-linked file stays linked (written in place), and user attributes survive. */
    @Test
    void hardLinksAndExtendedAttributesSurvive() throws IOException {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        Path twin = Files.createLink(dir.resolve("hosts.twin"), hosts);

        new HostsFile(hosts).apply(List.of("youtube.com"));

        assertThat(Files.readString(twin)).as("still the same file").contains("0.0.0.0 youtube.com");
        assertThat(Files.getAttribute(hosts, "unix:nlink")).isEqualTo(2);

        Path single = Files.writeString(dir.resolve("single"), "127.0.0.1 localhost\n");
        var view = Files.getFileAttributeView(single, java.nio.file.attribute.UserDefinedFileAttributeView.class);
        try {
            view.write("focusflow.test", java.nio.ByteBuffer.wrap("kept".getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.abort("no user extended attributes on this file system: " + e);
        }
        new HostsFile(single).apply(List.of("youtube.com"));
        var after = Files.getFileAttributeView(single, java.nio.file.attribute.UserDefinedFileAttributeView.class);
        assertThat(after.list()).contains("focusflow.test");
        assertThat(Files.readString(single)).contains("0.0.0.0 youtube.com");
    }

    /**
     * Issue 19 point 8: a POSIX ACL, a {@code trusted.*} and a {@code security.*} attribute (the namespace of
     * SELinux labels, which the JDK cannot read) survive the rename. Needs root and the acl and attr
     * packages' tools (CI installs them); a file system without ACLs aborts the test, and the two system
     * attributes are checked where the process may set them (a container without CAP_SYS_ADMIN may not).
     */
    @Test
    void aclsAndSystemAttributesSurviveTheRename() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setfacl"))
                && Files.isExecutable(Path.of("/usr/bin/setfattr")) && "root".equals(System.getProperty("user.name")),
                "needs root, setfacl and setfattr");
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        Object key = Files.readAttributes(hosts, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        org.junit.jupiter.api.Assumptions.assumeTrue(run("setfacl", "-m", "u:nobody:rw", hosts.toString()) != null,
                "no ACLs on this file system");
        boolean trusted = run("setfattr", "-n", "trusted.focusflow", "-v", "kept", hosts.toString()) != null;
        boolean security = run("setfattr", "-n", "security.focusflow", "-v", "label", hosts.toString()) != null;

        new HostsFile(hosts).apply(List.of("youtube.com"));

        assertThat(Files.readAttributes(hosts, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("replaced by a rename").isNotEqualTo(key);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 youtube.com");
        assertThat(run("getfacl", "-c", hosts.toString())).contains("user:nobody:rw-");
        String attributes = run("getfattr", "-d", "-m", "-", hosts.toString());
        if (trusted) {
            assertThat(attributes).contains("trusted.focusflow=\"kept\"");
        }
        if (security) {
            assertThat(attributes).contains("security.focusflow=\"label\"");
        }
    }

    /**
     * Issue 19 point 8: a hard-linked file is written in place under a POSIX lock, so another program that
     * locks the file too (here a second JVM) is waited for, and its line survives.
     */
    @Test
    void aHardLinkedFileIsWrittenUnderALockThatOtherWritersHonour() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/locks")), "needs Linux /proc/locks");
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        Path twin = Files.createLink(dir.resolve("hosts.twin"), hosts);
        Path source = dir.resolve("LockingWriter.java");
        try (InputStream in = HostsFileTest.class.getResourceAsStream("LockingWriter.java")) {
            Files.copy(in, source);
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), hosts.toString(), "10.0.0.9 locked-writer").redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(writer.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("locked");
            long inode = (Long) Files.getAttribute(hosts, "unix:ino");
            var edit = java.util.concurrent.CompletableFuture.supplyAsync(() -> new HostsFile(hosts).apply(List.of("youtube.com")));
            while (!waitingForLock(inode)) { // FocusFlow is queued behind the other writer's lock
                assertThat(edit).isNotDone();
                Thread.sleep(10);
            }
            writer.getOutputStream().write('\n');
            writer.getOutputStream().flush();
            assertThat(out.readLine()).isEqualTo("released");
            assertThat(edit.get(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        } finally {
            writer.destroy();
        }
        assertThat(Files.readString(twin)).startsWith("127.0.0.1 localhost\n10.0.0.9 locked-writer\n")
                .contains("0.0.0.0 youtube.com");
        assertThat(Files.getAttribute(hosts, "unix:nlink")).isEqualTo(2);
    }

    /** Whether /proc/locks shows a process waiting for a lock on the file with {@code inode}. */
    private static boolean waitingForLock(long inode) throws IOException {
        return Files.readAllLines(Path.of("/proc/locks")).stream()
                .anyMatch(line -> line.contains("->") && line.matches(".*:" + inode + " .*"));
    }

    /** The standard output of a command, or null if it failed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? out : null;
    }

    /** Issue 19 point 10: a same-size edit with the modification time put back changes the stamp. */
    @Test
    void aSameSizeEditWithItsTimeRestoredChangesTheStamp() throws IOException {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        HostsFile file = new HostsFile(hosts);
        file.apply(List.of("youtube.com"));
        HostsFile.Stamp before = file.stamp();
        var modified = Files.getLastModifiedTime(hosts);
        Files.writeString(hosts, Files.readString(hosts).replace("0.0.0.0 youtube.com", "0.0.0.1 youtube.com"));
        Files.setLastModifiedTime(hosts, modified);
        assertThat(Files.size(hosts)).isEqualTo(before.size());

        assertThat(file.stamp()).isNotEqualTo(before);
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
