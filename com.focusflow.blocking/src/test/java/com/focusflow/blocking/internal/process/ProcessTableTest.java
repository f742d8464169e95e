package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProcessTableTest {

    /** A process list the test controls, counting how often each pid is read. */
    static final class FakeSource implements ProcessSource {
        final Map<Long, ProcessInfo> processes = new HashMap<>();
        final Map<Long, Integer> inspected = new HashMap<>();

        void put(long pid, String name) {
            processes.put(pid, new ProcessInfo(pid, 1, -1, pid * 10, List.of(name), true, false));
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public long[] pids() {
            return processes.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public Optional<ProcessInfo> inspect(long pid) {
            inspected.merge(pid, 1, Integer::sum);
            return Optional.ofNullable(processes.get(pid));
        }
    }

    private final FakeSource source = new FakeSource();
    private final ProcessTable table = new ProcessTable(2);

    @Test
    void onlyNewProcessesAreReadOnceTheyAreOldEnough() {
        for (long pid = 2; pid < 300; pid++) {
            source.put(pid, "p" + pid);
        }
        assertThat(table.refresh(source)).hasSize(298);
        source.put(300, "new");

        assertThat(table.refresh(source)).extracting(ProcessInfo::pid).containsExactly(300L);
        assertThat(table.refresh(source)).as("young, unchanged").isEmpty();
        table.refresh(source);
        table.refresh(source);
        assertThat(source.inspected.get(2L)).isEqualTo(1);
        assertThat(source.inspected.get(300L)).as("read again on the next two ticks only").isEqualTo(3);
    }

    @Test
    void aYoungProcessThatExecsIsSeenUnderItsNewName() {
        source.put(2, "init");
        table.refresh(source);
        source.put(42, "launcher");
        table.refresh(source);
        source.processes.put(42L, new ProcessInfo(42, 1, -1, 420, List.of("discord"), true, false));

        assertThat(table.refresh(source)).extracting(ProcessInfo::displayName).containsExactly("discord");
    }

    @Test
    void whatRunsWhenWatchingStartsIsReadOnlyOnce() {
        source.put(5, "old");
        table.refresh(source);
        table.refresh(source);
        assertThat(source.inspected.get(5L)).isEqualTo(1);
    }

    @Test
    void exitedProcessesAreForgotten() {
        source.put(7, "a");
        table.refresh(source);
        source.processes.remove(7L);
        table.refresh(source);
        assertThat(table.size()).isZero();
        assertThat(table.contains(7)).isFalse();
    }

    @Test
    void unreadableProcessesAreNotReadAgainAndAgain() {
        source.processes.put(9L, null);
        table.refresh(source);
        table.refresh(source);
        assertThat(source.inspected.get(9L)).isEqualTo(1);
    }
}
