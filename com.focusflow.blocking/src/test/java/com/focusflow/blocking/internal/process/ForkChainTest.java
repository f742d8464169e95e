package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which processes inherit a warning, driven tick by tick through injected process snapshots and a manual
 * clock: the watcher's thread runs hand-offs at once and only records what it is asked to schedule.
 */
class ForkChainTest {

    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final Duration TICK = Duration.ofSeconds(2);

    private final Snapshots processes = new Snapshots();
    private final RecordingThread thread = new RecordingThread();
    private final List<String> warnings = new ArrayList<>();
    private long nanos;
    private final ProcessWatcher watcher = new ProcessWatcher(() -> processes, new Protection(Set.of(), pid -> false),
            thread, new ProcessWatcher.Listener() {
                @Override
                public void warned(ProcessInfo process, String blockedName, Duration grace) {
                    warnings.add(blockedName + " " + process.pid());
                }

                @Override
                public void closed(ProcessInfo process, String blockedName) {
                }
            }, TICK, GRACE, () -> nanos);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    /**
     * Issue 19.11's escape, made harder: every 0.5 s a generation starts the next one in a new session (so a
     * new process group) and exits, and the next is adopted by init. 20 generations, one scan every 2 s.
     */
    @Test
    void aChainOfCopiesInNewSessionsAdoptedByInitGetsOneWarningAndTheFirstDeadline() {
        processes.add(100, 1, 100, "ffhydra");
        tick();
        long pid = 100;
        for (int generation = 2; generation <= 20; generation++) {
            processes.remove(pid);
            pid += 7;
            processes.add(pid, 1, pid, "ffhydra"); // setsid: its own group; its parent exited: adopted by init
            nanos += Duration.ofMillis(500).toNanos();
            if (generation % 4 == 0) {
                tick();
            }
        }

        assertThat(warnings).containsExactly("ffhydra 100");
        assertThat(thread.closeDelays).as("every copy is closed at the first warning's deadline").allSatisfy(
                delay -> assertThat(delay).isLessThanOrEqualTo(GRACE));
        assertThat(thread.closeDelays).hasSize(6);
    }

    @Test
    void aGrandchildOfAWarnedAppInAnotherGroupInheritsTheWarning() {
        processes.add(200, 1, 200, "ffgame");
        tick();
        processes.add(201, 200, 201, "ffhelper"); // not blocked: it is closed with its parent's tree
        processes.add(202, 201, 202, "ffgame");
        nanos += TICK.toNanos();
        processes.remove(200);
        tick();

        assertThat(warnings).containsExactly("ffgame 200");
    }

    @Test
    void onceNoWarnedCopyRunsANewStartIsWarnedAgain() {
        processes.add(300, 1, 300, "ffgame");
        tick();
        processes.remove(300); // closed
        nanos += TICK.toNanos();
        tick();
        processes.add(310, 1, 310, "ffgame"); // started again later by the user
        nanos += TICK.toNanos();
        tick();

        assertThat(warnings).containsExactly("ffgame 300", "ffgame 310");
    }

    @Test
    void anotherBlockedAppIsWarnedOnItsOwn() {
        processes.add(400, 1, 400, "ffgame");
        processes.add(401, 1, 401, "ffchat");
        tick();

        assertThat(warnings).containsExactlyInAnyOrder("ffgame 400", "ffchat 401");
    }

    /** Deactivation interrupts a tick in flight: what it read may be cut short, and no tick follows; it judges nothing. */
    @Test
    void aTickInterruptedByAStopWarnsNobody() {
        processes.add(500, 1, 500, "ffgame");
        Thread.currentThread().interrupt();
        try {
            tick();
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the thread's owner").isTrue();
        }
        assertThat(warnings).isEmpty();
        assertThat(thread.closeDelays).isEmpty();
    }

    private void tick() {
        if (!thread.engaged) {
            watcher.engage(Set.of("ffhydra", "ffgame", "ffchat"));
            thread.engaged = true;
        }
        watcher.tick();
    }

    /** Process snapshots the test edits between ticks. */
    private static final class Snapshots implements ProcessSource {
        private final Map<Long, ProcessInfo> now = new TreeMap<>();

        void add(long pid, long parent, long group, String name) {
            now.put(pid, new ProcessInfo(pid, parent, group, pid * 10, List.of(name), true, false));
        }

        void remove(long pid) {
            now.remove(pid);
        }

        @Override
        public String name() {
            return "snapshots";
        }

        @Override
        public long[] pids() {
            return now.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public Optional<ProcessInfo> inspect(long pid) {
            return Optional.ofNullable(now.get(pid));
        }
    }

    /** Runs hand-offs at once, records the delays of the closes it is asked to schedule and runs nothing else. */
    private static final class RecordingThread extends ScheduledThreadPoolExecutor {
        final List<Duration> closeDelays = new ArrayList<>();
        boolean engaged;

        RecordingThread() {
            super(1);
        }

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            closeDelays.add(Duration.ofNanos(unit.toNanos(delay)));
            return super.schedule(() -> { }, 1, TimeUnit.DAYS);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
            return super.schedule(() -> { }, 1, TimeUnit.DAYS); // the test ticks by hand
        }
    }
}
