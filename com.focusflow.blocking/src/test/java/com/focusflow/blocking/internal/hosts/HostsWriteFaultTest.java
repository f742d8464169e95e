package com.focusflow.blocking.internal.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.hosts.FileWrites;
import com.focusflow.hosts.HostsContent;
import com.focusflow.hosts.HostsFile;

/**
 * Faults at the file layer while the hosts file is written: each gives a clear error and DEGRADED health,
 * leaves the user's file exactly as it was with no temporary file behind, and heals once the fault is gone.
 */
class HostsWriteFaultTest {

    private static final BlockSet BLOCK = new BlockSet(List.of("youtube.com", "reddit.com"), List.of());
    private static final byte[] ORIGINAL = "127.0.0.1 localhost\r\n# mine\n::1 localhost".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** A file system that fails where told to, until {@link #heal()}. */
    private static final class Faulty implements FileWrites {
        private final boolean failWrite;
        private volatile boolean broken = true;

        Faulty(boolean failWrite) {
            this.failWrite = failWrite;
        }

        void heal() {
            broken = false;
        }

        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            if (broken && failWrite) {
                bytes.limit(bytes.limit() / 2); // half of it reaches the disk, then the disk is full
                FileWrites.super.write(channel, bytes);
                throw new IOException("No space left on device");
            }
            FileWrites.super.write(channel, bytes);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            if (broken && !failWrite) {
                throw new IOException("Input/output error"); // the temp file is complete, the rename fails
            }
            FileWrites.super.move(from, to);
        }
    }

    @Test
    void failureBetweenWritingTheTemporaryFileAndRenamingIt() throws IOException {
        Faulty faulty = new Faulty(false);
        assertFaultHandledAndHealed(hosts(dir), faulty, faulty::heal, "Input/output error");
    }

    @Test
    void diskFullWhileWritingTheTemporaryFile() throws IOException {
        Faulty faulty = new Faulty(true);
        assertFaultHandledAndHealed(hosts(dir), faulty, faulty::heal, "No space left on device");
    }

    /** A real full file system: a 64 KiB tmpfs (needs root, as CI runs). */
    @Test
    void diskFullOnARealFileSystem() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path mount = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0, "mount failed");
        try {
            Path hosts = hosts(mount);
            Path filler = mount.resolve("filler");
            try (var out = Files.newOutputStream(filler)) {
                byte[] chunk = new byte[4096];
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException full) {
                assertThat(full.getMessage()).contains("No space left");
            }
            assertFaultHandledAndHealed(hosts, FileWrites.REAL, () -> {
                try {
                    Files.delete(filler);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, "No space left on device");
        } finally {
            run("umount", mount.toString());
        }
    }

    private void assertFaultHandledAndHealed(Path hosts, FileWrites writes, Runnable heal, String cause)
            throws IOException {
        AtomicInteger tampered = new AtomicInteger();
        HostsGuard guard = new HostsGuard(new HostsFile(hosts, writes), null, Runnable::run, tampered::incrementAndGet);

        assertThatThrownBy(() -> guard.engage(BLOCK)).isInstanceOfSatisfying(FocusFlowException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.IO);
            assertThat(e.getMessage()).contains("Cannot write the hosts file").contains(hosts.toString()).contains(cause);
        });
        assertThat(guard.health().health()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(guard.health().message()).contains(cause);
        assertThat(Files.readAllBytes(hosts)).isEqualTo(ORIGINAL);
        assertThat(temporaryFiles(hosts)).isEmpty();

        guard.check(); // still failing: still degraded, still untouched
        assertThat(guard.health().health()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(Files.readAllBytes(hosts)).isEqualTo(ORIGINAL);

        heal.run();
        guard.check();
        assertThat(guard.health().health()).isEqualTo(HealthStatus.UP);
        assertThat(tampered).as("a block put in place after a failed write is no tampering").hasValue(0);
        assertThat(HostsContent.of(Files.readAllBytes(hosts)).hasBlock()).isTrue();
        assertThat(new String(Files.readAllBytes(hosts), StandardCharsets.UTF_8)).contains("0.0.0.0 reddit.com");
        guard.disengage();
        assertThat(Files.readAllBytes(hosts)).isEqualTo(ORIGINAL);
        assertThat(temporaryFiles(hosts)).isEmpty();
    }

    @Test
    void aTemporaryFileLeftByACrashIsDeletedByTheNextWrite() throws IOException {
        Path hosts = hosts(dir);
        Path leftover = Files.write(dir.resolve(".hosts.focusflow-0b8e.tmp"), "half a hos".getBytes(StandardCharsets.UTF_8));
        new HostsFile(hosts).apply(List.of("youtube.com"));
        assertThat(leftover).doesNotExist();
        assertThat(temporaryFiles(hosts)).isEmpty();
    }

    private static Path hosts(Path in) throws IOException {
        return Files.write(in.resolve("hosts"), ORIGINAL);
    }

    private static List<Path> temporaryFiles(Path hosts) throws IOException {
        try (Stream<Path> files = Files.list(hosts.getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
