package com.focusflow.blocking.internal.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.hosts.HostsFile;

class HostsGuardTest {

    private static final BlockSet YOUTUBE = new BlockSet(List.of("youtube.com", "www.youtube.com"), List.of());
    private static final String ORIGINAL = "127.0.0.1 localhost\n::1 localhost\n";

    @TempDir
    Path dir;

    private final AtomicInteger tampered = new AtomicInteger();

    @Test
    void writesNothingWhileDisengaged() throws IOException {
        Path hosts = hosts();
        long modified = Files.getLastModifiedTime(hosts).toMillis();
        HostsGuard guard = guard(hosts);
        guard.disengage();
        guard.check();
        assertThat(Files.getLastModifiedTime(hosts).toMillis()).isEqualTo(modified);
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    @Test
    void aBlockEditedAwayIsPutBackAndReported() throws IOException {
        Path hosts = hosts();
        HostsGuard guard = guard(hosts);
        guard.engage(YOUTUBE);
        String engaged = Files.readString(hosts);

        Files.writeString(hosts, ORIGINAL + "# the user removed the block\n");
        guard.check();

        assertThat(tampered).hasValue(1);
        assertThat(Files.readString(hosts)).contains("# the user removed the block").contains("0.0.0.0 youtube.com");
        guard.check();
        assertThat(tampered).as("an intact block is not reported again").hasValue(1);

        guard.disengage();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL + "# the user removed the block\n");
        assertThat(engaged).startsWith(ORIGINAL);
    }

    @Test
    void aHalfEditedBlockIsRepaired() throws IOException {
        Path hosts = hosts();
        HostsGuard guard = guard(hosts);
        guard.engage(YOUTUBE);
        String engaged = Files.readString(hosts);
        Files.writeString(hosts, engaged.replace("0.0.0.0 youtube.com\n", "").replace("# <<< FocusFlow\n", ""));

        guard.check();

        assertThat(Files.readString(hosts)).isEqualTo(engaged);
        assertThat(tampered).hasValue(1);
    }

    @Test
    void withoutPermissionItIsDegradedWithTheStepsAndTheFileIsUntouched() throws IOException {
        Path hosts = hosts();
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("r--r--r--"));
        HostsGuard guard = guard(hosts);

        assertThatThrownBy(() -> guard.engage(YOUTUBE)).isInstanceOf(FocusFlowException.class);

        assertThat(guard.health().health()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(guard.health().message()).contains("permission").contains("sudo");
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
        guard.check();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);

        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-r--r--"));
        guard.check();
        assertThat(guard.health().health()).as("recovers once permission is granted").isEqualTo(HealthStatus.UP);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 youtube.com");
    }

    /** Issue 19 point 10: a same-size edit with the time stamp put back is repaired on the next check. */
    @Test
    void aSameSizeEditWithItsTimeRestoredIsRepairedOnTheNextCheck() throws IOException {
        Path hosts = hosts();
        HostsGuard guard = guard(hosts);
        guard.engage(YOUTUBE);
        guard.check();
        String engaged = Files.readString(hosts);
        var modified = Files.getLastModifiedTime(hosts);
        Files.writeString(hosts, engaged.replace("0.0.0.0 youtube.com", "1.2.3.4 youtube.com"));
        Files.setLastModifiedTime(hosts, modified);

        guard.check();

        assertThat(Files.readString(hosts)).as("the block is back; the edited line is kept below it")
                .isEqualTo(engaged + "1.2.3.4 youtube.com\n");
        assertThat(tampered).hasValue(1);
    }

    /**
     * Issue 19 point 9: a line the user types into the block during a session, even in FocusFlow's own form,
     * is kept (moved below the block), reported in the blocker's health, and still there after the session.
     */
    @Test
    void aLineTypedIntoTheBlockDuringASessionIsKeptAndReported() throws IOException {
        Path hosts = hosts();
        HostsGuard guard = guard(hosts);
        guard.engage(YOUTUBE);
        String engaged = Files.readString(hosts);
        Files.writeString(hosts, engaged.replace(":: youtube.com\n", ":: youtube.com\n0.0.0.0 facebook.com\n"));

        guard.check();

        assertThat(Files.readString(hosts)).isEqualTo(engaged + "0.0.0.0 facebook.com\n");
        assertThat(guard.health().health()).isEqualTo(HealthStatus.UP);
        assertThat(guard.health().message()).contains("kept 1 line").contains(hosts.toString())
                .contains("0.0.0.0 facebook.com");
        guard.disengage();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL + "0.0.0.0 facebook.com\n");
        assertThat(guard.health().message()).isNull();
    }

    /** Half of one of FocusFlow's pairs, left when the session ends before the next check, goes with the block. */
    @Test
    void theSessionsEndRemovesHalfAPairItWrote() throws IOException {
        Path hosts = hosts();
        HostsGuard guard = guard(hosts);
        guard.engage(YOUTUBE);
        Files.writeString(hosts, Files.readString(hosts).replace(":: youtube.com\n", ""));

        guard.disengage();

        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    private HostsGuard guard(Path hosts) {
        return new HostsGuard(new HostsFile(hosts), null, Runnable::run, tampered::incrementAndGet);
    }

    private Path hosts() throws IOException {
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, ORIGINAL);
        return hosts;
    }
}
