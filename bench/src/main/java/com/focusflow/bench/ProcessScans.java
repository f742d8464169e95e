package com.focusflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.focusflow.blocking.internal.process.ProcessInfo;
import com.focusflow.blocking.internal.process.ProcessSource;
import com.focusflow.blocking.internal.process.ProcessSources;
import com.focusflow.blocking.internal.process.ProcessWatcher;

/** Process-scan costs per source and the life of a blocked app under the default settings. */
final class ProcessScans {

    private static final ProcessWatcher.Listener QUIET = new ProcessWatcher.Listener() {
        @Override
        public void warned(ProcessInfo process, String blockedName, Duration grace) {
        }

        @Override
        public void closed(ProcessInfo process, String blockedName) {
        }
    };

    private ProcessScans() {
    }

    static void run(int processes) throws Exception {
        System.out.printf("%nProcess scans with %d processes (thread CPU ms, median of 15)%n", processes);
        System.out.println("| source | first use (create + scan) | full scan (list + read all) | list only "
                + "| watcher tick, steady (processes read per tick) | % of a core at 2 s |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : List.of("proc", "jdk", "oshi")) {
            double first = BlockingBench.cpuMillis(() -> fullScan(ProcessSources.create(name)));
            ProcessSource source = ProcessSources.create(name);
            double full = medianCpu(() -> fullScan(source));
            double list = medianCpu(source::pids);
            double[] tick = steadyTick(name);
            System.out.printf("| %s | %.1f | %.2f | %.2f | %.2f (%.2f) | %.3f %% |%n", name, first, full, list, tick[0],
                    tick[1], tick[0] / BlockingBench.DEFAULT_INTERVAL.toMillis() * 100);
        }
    }

    private static Object fullScan(ProcessSource source) {
        int read = 0;
        for (long pid : source.pids()) {
            read += source.inspect(pid).isPresent() ? 1 : 0;
        }
        return read;
    }

    private static double medianCpu(BlockingBench.Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] cpu = new double[15];
        for (int i = 0; i < cpu.length; i++) {
            cpu[i] = BlockingBench.cpuMillis(work);
        }
        return Stats.median(cpu);
    }

    /**
     * CPU per tick of a running watcher after its first scan, 100 ticks 100 ms apart, and how many
     * processes it read per tick (new ones, and young ones read again).
     */
    private static double[] steadyTick(String sourceName) throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger ticks = new AtomicInteger();
        List<Thread> thread = new ArrayList<>();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "bench watcher");
            thread.add(t);
            return t;
        }) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                ticks.incrementAndGet();
            }
        };
        ProcessWatcher watcher = new ProcessWatcher(() -> counting(ProcessSources.create(sourceName), reads), executor,
                QUIET, Duration.ofMillis(100), BlockingBench.DEFAULT_GRACE);
        watcher.engage(BlockingBench.NOTHING);
        Thread.sleep(3000);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long id = thread.get(0).getId();
        long cpu0 = mx.getThreadCpuTime(id);
        int ticks0 = ticks.get();
        int reads0 = reads.get();
        Thread.sleep(10_000);
        long cpu1 = mx.getThreadCpuTime(id);
        int done = Math.max(1, ticks.get() - ticks0);
        executor.shutdownNow();
        return new double[] { (cpu1 - cpu0) / 1e6 / done, (reads.get() - reads0) / (double) done };
    }

    private static ProcessSource counting(ProcessSource source, AtomicInteger reads) {
        return new ProcessSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public long[] pids() {
                return source.pids();
            }

            @Override
            public java.util.Optional<ProcessInfo> inspect(long pid) {
                reads.incrementAndGet();
                return source.inspect(pid);
            }
        };
    }

    /** From a blocked app's start to its death, default interval and grace, apps started at random moments. */
    static void lifetimes(Sleepers sleepers, int runs) throws Exception {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            names.add(BlockingBench.randomName());
        }
        // the bench's own sleepers: as root, FocusFlow closes root's processes only when root is named
        ProcessWatcher watcher = new ProcessWatcher(
                () -> ProcessSources.create("auto", List.of(System.getProperty("user.name"))), executor, QUIET,
                BlockingBench.DEFAULT_INTERVAL, BlockingBench.DEFAULT_GRACE);
        watcher.engage(new HashSet<>(names));
        Thread.sleep(1000);
        double[] lives = new double[runs];
        for (int i = 0; i < runs; i++) {
            Thread.sleep((long) (Math.random() * 2000));
            long t0 = System.nanoTime();
            Process victim = sleepers.victim(names.get(i));
            if (!victim.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("victim survived 30 s");
            }
            lives[i] = (System.nanoTime() - t0) / 1e6;
        }
        executor.shutdownNow();
        double max = 0;
        for (double life : lives) {
            max = Math.max(max, life);
        }
        System.out.printf("%nBlocked app from start to death (interval %d s, grace %d s, %d runs): median %.0f ms, max %.0f ms%n",
                BlockingBench.DEFAULT_INTERVAL.toSeconds(), BlockingBench.DEFAULT_GRACE.toSeconds(), runs,
                Stats.median(lives), max);
        Set<String> unused = Set.copyOf(names);
        if (unused.size() != runs) {
            throw new IllegalStateException("duplicate victim names");
        }
    }
}
