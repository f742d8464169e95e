package com.focusflow.helper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.hosts.HostsFile;
import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.ErrorKind;
import com.focusflow.hosts.protocol.Request;

class KeeperTest {

    private static final String ORIGINAL = "127.0.0.1 localhost\r\n# the user's line\r\n";
    private static final int ALICE = 1000;
    private static final int BOB = 1001;
    private static final List<String> NAMES = List.of("reddit.com", "www.reddit.com");

    /** Clocks the test sets: the wall clock and the boot-time clock move independently, as they can. */
    static final class TestClocks implements Clocks {
        Instant wall = Instant.parse("2030-01-01T10:00:00Z");
        long elapsed = 50_000;
        String boot = "boot-1";

        @Override
        public Instant wall() {
            return wall;
        }

        @Override
        public long elapsedMillis() {
            return elapsed;
        }

        @Override
        public String bootId() {
            return boot;
        }

        void pass(Duration d) {
            wall = wall.plus(d);
            elapsed += d.toMillis();
        }
    }

    @TempDir
    Path dir;

    private Path hosts;
    private final TestClocks clocks = new TestClocks();
    private final AtomicInteger compactions = new AtomicInteger();
    private final AtomicInteger flushes = new AtomicInteger();
    private Keeper keeper;

    @BeforeEach
    void start() throws IOException {
        hosts = Files.writeString(dir.resolve("hosts"), ORIGINAL);
        keeper = keeper();
        keeper.start();
    }

    @Test
    void engageAndReleaseLeaveEveryOtherByteAsItWas() throws IOException {
        assertThat(keeper.handle(ALICE, new Request.Engage(NAMES, null)).ok()).isTrue();
        assertThat(Files.readString(hosts)).startsWith(ORIGINAL).contains("0.0.0.0 www.reddit.com\r\n:: www.reddit.com\r\n");
        assertThat(flushes).hasValue(1);

        assertThat(keeper.handle(ALICE, new Request.Release()).ok()).isTrue();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
        assertThat(dir.resolve("state/block.json")).doesNotExist();
    }

    @Test
    void thePolicyDecidesWhoMayEngage() throws IOException {
        Answer root = keeper.handle(0, new Request.Engage(NAMES, null));
        assertThat(root.error()).isEqualTo(ErrorKind.NOT_ALLOWED);
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    @Test
    void onlyTheOwnerMayChangeOrRelease() throws IOException {
        keeper.handle(ALICE, new Request.Engage(NAMES, null));
        assertThat(keeper.handle(BOB, new Request.Release()).error()).isEqualTo(ErrorKind.NOT_OWNER);
        assertThat(keeper.handle(BOB, new Request.Engage(List.of("bob.com"), null)).error()).isEqualTo(ErrorKind.NOT_OWNER);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 reddit.com").doesNotContain("bob.com");
    }

    @Test
    void aStrictBlockGrowsButNeitherShrinksNorEndsEarly() throws IOException {
        Instant end = clocks.wall.plus(Duration.ofMinutes(50));
        assertThat(keeper.handle(ALICE, new Request.Engage(NAMES, end)).ok()).isTrue();

        assertThat(keeper.handle(ALICE, new Request.Release()).error()).isEqualTo(ErrorKind.STRICT);
        assertThat(keeper.handle(ALICE, new Request.Engage(List.of(), null)).error()).isEqualTo(ErrorKind.STRICT);
        assertThat(keeper.handle(ALICE, new Request.Engage(List.of("reddit.com"), end)).error()).isEqualTo(ErrorKind.STRICT);
        assertThat(keeper.handle(ALICE, new Request.Engage(List.of("reddit.com", "www.reddit.com", "x.com"), null)).ok())
                .as("growing is fine, and an absent end keeps the strict end").isTrue();
        assertThat(keeper.strict()).isTrue();
        assertThat(Files.readString(hosts)).contains("0.0.0.0 x.com").contains("0.0.0.0 reddit.com");

        clocks.pass(Duration.ofMinutes(49));
        keeper.tick();
        assertThat(keeper.strict()).isTrue();
        clocks.pass(Duration.ofMinutes(1));
        keeper.tick();
        assertThat(keeper.strict()).isFalse();
        assertThat(Files.readString(hosts)).as("released by the helper itself at the end").isEqualTo(ORIGINAL);
    }

    @Test
    void settingTheWallClockForwardDoesNotEndAStrictBlock() throws IOException {
        keeper.handle(ALICE, new Request.Engage(NAMES, clocks.wall.plus(Duration.ofMinutes(30))));
        clocks.wall = clocks.wall.plus(Duration.ofDays(2)); // the user sets the date forward; the machine stays up
        keeper.tick();
        assertThat(keeper.strict()).isTrue();
        assertThat(keeper.handle(ALICE, new Request.Release()).error()).isEqualTo(ErrorKind.STRICT);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 reddit.com");
    }

    @Test
    void aRestartOnTheSameBootKeepsTheStrictEndOnTheBootClock() throws IOException {
        keeper.handle(ALICE, new Request.Engage(NAMES, clocks.wall.plus(Duration.ofMinutes(30))));
        Files.writeString(hosts, ORIGINAL); // the block was deleted while the helper was down
        clocks.pass(Duration.ofMinutes(10));
        clocks.wall = clocks.wall.plus(Duration.ofDays(1));

        Keeper restarted = keeper();
        restarted.start();

        assertThat(Files.readString(hosts)).as("re-applied at start").contains("0.0.0.0 reddit.com");
        assertThat(restarted.strict()).isTrue();
        assertThat(restarted.handle(ALICE, new Request.Release()).error()).isEqualTo(ErrorKind.STRICT);
        clocks.pass(Duration.ofMinutes(20));
        restarted.tick();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    @Test
    void afterARebootTheWallClockMeasuresWhatIsLeft() throws IOException {
        keeper.handle(ALICE, new Request.Engage(NAMES, clocks.wall.plus(Duration.ofMinutes(30))));
        clocks.boot = "boot-2";
        clocks.elapsed = 20_000; // a fresh boot
        clocks.wall = clocks.wall.plus(Duration.ofMinutes(10));

        Keeper rebooted = keeper();
        rebooted.start();
        assertThat(rebooted.strict()).isTrue();
        clocks.pass(Duration.ofMinutes(19));
        rebooted.tick();
        assertThat(rebooted.strict()).isTrue();
        clocks.pass(Duration.ofMinutes(1));
        rebooted.tick();
        assertThat(rebooted.strict()).isFalse();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    @Test
    void tamperingIsRepairedOnTheNextTick() throws IOException {
        keeper.handle(ALICE, new Request.Engage(NAMES, null));
        String engaged = Files.readString(hosts);
        Files.writeString(hosts, engaged.replace("0.0.0.0 reddit.com\r\n", "") + "10.0.0.1 added.example\r\n");
        keeper.tick();
        assertThat(Files.readString(hosts)).contains("0.0.0.0 reddit.com\r\n").endsWith("10.0.0.1 added.example\r\n");
    }

    @Test
    void aStrictEndOutsideThePolicyIsRefused() throws IOException {
        assertThat(keeper.handle(ALICE, new Request.Engage(NAMES, clocks.wall.plus(Duration.ofDays(2)))).error())
                .isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(keeper.handle(ALICE, new Request.Engage(NAMES, clocks.wall.minusSeconds(1))).error())
                .isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
    }

    /** The edit's copies of the file are given back after every read or write of it; never for a status or a refusal. */
    @Test
    void everyReadOrEditOfTheFileIsFollowedByACompaction() throws IOException {
        keeper.handle(ALICE, new Request.Status());
        keeper.handle(1, new Request.Engage(NAMES, null)); // a system uid: not allowed by the default policy
        assertThat(compactions).as("status and a refusal read nothing").hasValue(0);

        keeper.handle(ALICE, new Request.Engage(NAMES, null));
        assertThat(compactions).hasValue(1);
        keeper.tick();
        assertThat(compactions).as("the file is as the helper left it: the repair check reads nothing").hasValue(1);
        Files.writeString(hosts, ORIGINAL);
        keeper.tick();
        assertThat(compactions).as("changed: the repair check reads and repairs it").hasValue(2);
        assertThat(Files.readString(hosts)).contains("0.0.0.0 reddit.com");
        keeper.handle(ALICE, new Request.Release());
        assertThat(compactions).hasValue(3);
        keeper.tick();
        assertThat(compactions).as("nothing engaged: nothing read").hasValue(3);
    }

    @Test
    void aBlockSavedForAnotherHostsFileIsCleanedUpThere() throws IOException {
        keeper.handle(ALICE, new Request.Engage(NAMES, null));
        Path other = Files.writeString(dir.resolve("hosts2"), "::1 localhost\n");
        Keeper moved = new Keeper(new HostsFile(other), new StateStore(dir.resolve("state")), Policy.DEFAULT, clocks,
                flushes::incrementAndGet, compactions::incrementAndGet);
        moved.start();
        assertThat(Files.readString(hosts)).isEqualTo(ORIGINAL);
        assertThat(Files.readString(other)).contains("0.0.0.0 reddit.com");
    }

    private Keeper keeper() throws IOException {
        return new Keeper(new HostsFile(hosts), new StateStore(dir.resolve("state")), Policy.DEFAULT, clocks,
                flushes::incrementAndGet, compactions::incrementAndGet);
    }
}
