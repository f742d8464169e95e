package com.focusflow.blocking.internal.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.health.HealthStatus;

class HostsRouterTest {

    private static final BlockSet BLOCK = new BlockSet(List.of("youtube.com"), List.of());
    private static final String ORIGINAL = "127.0.0.1 localhost\n";

    @TempDir
    Path dir;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopThread() {
        thread.shutdownNow();
    }

    /** Issue 20 point 3: stopping during a session with flushDns=true removed the block but threw. */
    @Test
    void stoppingWhileEngagedRemovesTheBlockAndStillFlushes() throws Exception {
        Path hosts = hosts("rw-r--r--");
        CountDownLatch flushes = new CountDownLatch(2); // one after engage, one after the removal
        HostsRouter router = new HostsRouter(new HostsSettings(hosts, 60, true, null), thread, flushes::countDown, () -> {
        }, null);
        router.engage(BLOCK);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 youtube.com");

        assertThatCode(() -> HostsBlocker.stop(router, thread, false)).doesNotThrowAnyException();

        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
        assertThat(flushes.await(10, TimeUnit.SECONDS)).as("the flush after the removal ran").isTrue();
        assertThat(thread.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWritableFileIsTheDirectRoute() throws IOException {
        Path hosts = hosts("rw-r--r--");
        HostsRouter router = new HostsRouter(new HostsSettings(hosts, 60, false, dir.resolve("no.sock")), thread, null,
                () -> {
                }, null);
        assertThat(router.probe()).isEqualTo(Route.DIRECT);
        router.engage(BLOCK);
        assertThat(router.health().route()).isEqualTo("direct");
        assertThat(router.health().health()).isEqualTo(HealthStatus.UP);
        router.disengage();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    /** Without write access and without a helper: degraded before any session, with the helper's install command. */
    @Test
    void withoutWriteAccessOrHelperTheRouteIsNoneAndSaysHowToInstallTheHelper() throws IOException {
        Path hosts = hosts("r--r--r--");
        HostsRouter router = new HostsRouter(new HostsSettings(hosts, 60, false, dir.resolve("no.sock")), thread, null,
                () -> {
                }, null);

        assertThat(router.probe()).isEqualTo(Route.NONE);
        assertThat(router.health().health()).as("known before a session").isEqualTo(HealthStatus.DEGRADED);
        assertThat(router.health().route()).isEqualTo("none");
        assertThat(router.health().message()).contains("sudo run/install-helper").contains(dir.resolve("no.sock").toString())
                .doesNotContain("chown").doesNotContain("ln -s");

        assertThatThrownBy(() -> router.engage(BLOCK)).isInstanceOfSatisfying(FocusFlowException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED));
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    /**
     * The e2e race seen in CI: a block-list change engaged while the hosts file was briefly missing (route
     * none); once the file is back, the next checks must find the direct route and put the block in place.
     */
    @Test
    void aBlockEngagedWhileTheFileWasMissingIsWrittenOnceTheFileIsBack() throws IOException {
        Path hosts = dir.resolve("hosts");
        HostsRouter router = new HostsRouter(new HostsSettings(hosts, 60, false, null), thread, null, () -> {
        }, null);
        assertThatThrownBy(() -> router.engage(BLOCK)).isInstanceOf(FocusFlowException.class);
        assertThat(router.health().health()).isEqualTo(HealthStatus.DEGRADED);

        Files.writeString(hosts, ORIGINAL);
        router.check();

        assertThat(router.health().health()).isEqualTo(HealthStatus.UP);
        assertThat(router.health().route()).isEqualTo("direct");
        assertThat(Files.readString(hosts)).contains("0.0.0.0 youtube.com");
    }

    /** A hosts path turned into a folder mid-session degrades the block; a file there again heals it on the next check. */
    @Test
    void aFolderInPlaceOfTheFileDegradesUntilTheFileIsBack() throws IOException {
        Path hosts = hosts("rw-r--r--");
        HostsRouter router = new HostsRouter(new HostsSettings(hosts, 60, false, null), thread, null, () -> {
        }, null);
        Files.delete(hosts);
        Files.createDirectory(hosts);
        assertThatThrownBy(() -> router.engage(BLOCK)).isInstanceOf(FocusFlowException.class);
        assertThat(router.health().health()).isEqualTo(HealthStatus.DEGRADED);

        Files.delete(hosts);
        Files.writeString(hosts, ORIGINAL);
        router.check();

        assertThat(router.health().health()).isEqualTo(HealthStatus.UP);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 youtube.com");
    }

    private Path hosts(String permissions) throws IOException {
        Path hosts = Files.writeString(dir.resolve("hosts"), ORIGINAL);
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString(permissions));
        return hosts;
    }

    /** Issue 19 point 10: the path changed while FocusFlow was down mid-session; the old file is cleaned at start. */
    @Test
    void aBlockLeftInAFormerlyConfiguredFileIsRemovedAtStart() throws IOException {
        Path old = hosts("rw-r--r--");
        Path current = Files.writeString(dir.resolve("hosts.new"), ORIGINAL);
        WrittenPaths written = new WrittenPaths(dir.resolve("written"));
        new HostsRouter(new HostsSettings(old, 60, false, null), thread, null, () -> {
        }, written).engage(BLOCK); // then FocusFlow is killed, and its configuration changed

        written.cleanAllBut(current);

        assertThat(Files.readString(old)).isEqualTo(ORIGINAL);
        assertThat(Files.readString(current)).isEqualTo(ORIGINAL);
    }
}
