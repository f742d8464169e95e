package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.focusflow.api.health.HealthStatus;
import com.focusflow.blocking.testing.Victims;

/** The watcher against real processes that the test starts itself (Linux and macOS). */
class ProcessWatcherTest {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final Duration GRACE = Duration.ofSeconds(1);
    /**
     * How long a positive check waits. Generous on purpose: the latency promise (interval + grace + 1 s)
     * is measured by BlockingBench, not asserted here, where a loaded build machine would make it flaky.
     */
    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private final WatcherThread thread = new WatcherThread();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<Long> closed = new CopyOnWriteArrayList<>();
    private Victims victims;

    @BeforeEach
    void victims() throws Exception {
        assumeTrue(ProcFsSource.available(), "needs Linux /proc for the test's own process checks");
        victims = new Victims();
    }

    @AfterEach
    void cleanUp() throws Exception {
        thread.shutdownNow();
        if (victims != null) {
            victims.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "proc", "jdk", "oshi" })
    void aBlockedAppIsWarnedOnceThenClosedAfterTheGrace(String source) throws Exception {
        String name = Victims.uniqueName("ffvictim");
        Process victim = victims.start(victims.copy("/bin/sleep", name).toString(), "60");
        long started = System.nanoTime();
        watcher(() -> source(source)).engage(Set.of(name));

        assertThat(victim.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).as("closed").isTrue();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(warnings).containsExactly(name + " (pid " + victim.pid() + ")");
        awaitClosed(1);
        assertThat(closed).containsExactly(victim.pid());
        assertThat(tookMillis).isGreaterThanOrEqualTo(GRACE.toMillis());
    }

    @Test
    void theWholeTreeIsClosedAndOnlyOneWarningGiven() throws Exception {
        String name = Victims.uniqueName("ffparent");
        Process parent = victims.start(victims.copy("/bin/dash", name).toString(), "-c", "sleep 60 & sleep 60 & wait");
        awaitChildren(parent, 2);
        List<ProcessHandle> children = parent.descendants().toList();
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

        assertThat(parent.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        awaitDead(children, EVENTUALLY);
        assertThat(warnings).hasSize(1);
    }

    /**
     * A closed app whose parent never reaps it stays listed as a zombie. It runs nothing: the app started again
     * later is a new start, warned with a grace period of its own, as if the zombie had been reaped. Each runs in a
     * session of its own (setsid), so that neither process group nor parent links the two.
     */
    @Test
    void aClosedAppLeftAZombieByItsParentDoesNotPassItsWarningOnToTheNextStart() throws Exception {
        String name = Victims.uniqueName("ffzombie");
        Path app = victims.copy("/bin/sleep", name);
        // the parent starts the app, then becomes a sleep that never waits for it
        Process parent = victims.start("setsid", "/bin/sh", "-c", app + " 60 & exec /bin/sleep 60");
        awaitChildren(parent, 1);
        ProcessHandle first = parent.descendants().findFirst().orElseThrow();
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));
        awaitClosed(1);
        awaitZombie(first);
        // A start within a tick of a warned copy's end is that copy's by design (a fork chain): this one comes after a
        // whole tick that began with the first one a zombie already.
        thread.awaitTicks(thread.ticks() + 2, EVENTUALLY);

        Process again = victims.start("setsid", app.toString(), "60");

        assertThat(again.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).as("closed").isTrue();
        assertThat(warnings).containsExactly(name + " (pid " + first.pid() + ")", name + " (pid " + again.pid() + ")");
    }

    @Test
    void anAppThatIgnoresSigtermIsForcedToQuit() throws Exception {
        String name = Victims.uniqueName("ffstubborn");
        Process stubborn = victims.start(victims.copy("/bin/dash", name).toString(), "-c", "trap '' TERM; sleep 60");
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

        assertThat(stubborn.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void protectedNamesAreNeverClosedEvenIfBlocked() throws Exception {
        Process shell = victims.start(victims.copy("/bin/sleep", "bash").toString(), "60");
        awaitExecutable(shell, "bash");
        watcher(ProcessWatcherTest::procFs).engage(Set.of("bash"));

        awaitLookedAtAndLeftAlone();
        assertThat(shell.isAlive()).isTrue();
        assertThat(warnings).isEmpty();
        assertThat(closed).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "bash", "java" })
    void anArgv0OfAProtectedNameDoesNotMakeABlockedAppImmune(String argv0) throws Exception {
        String name = Victims.uniqueName("ffspoof");
        Path app = victims.copy("/bin/sleep", name);
        // bash's exec -a sets argv[0]: the process calls itself "bash" (or "java"), its executable is the blocked app
        Process spoofed = victims.start("/bin/bash", "-c", "exec -a " + argv0 + " " + app + " 60");
        awaitArgv0(spoofed, argv0);
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

        assertThat(spoofed.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).as("closed").isTrue();
        assertThat(warnings).containsExactly(name + " (pid " + spoofed.pid() + ")");
    }

    @Test
    void aBlockedShellScriptIsClosedThoughItsInterpreterIsProtected() throws Exception {
        String name = Victims.uniqueName("ffscript");
        Path script = victims.script(name, "#!/bin/sh\nsleep 60 &\nwait\n");
        Process running = victims.start(script.toString());
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

        assertThat(running.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).as("closed").isTrue();
        assertThat(warnings).hasSize(1);
    }

    /**
     * The escape from issue 19: each generation starts a fresh copy of itself and exits well within the grace
     * period. The copies inherit the first warning (same blocked name, same process group), so the chain ends
     * at the first deadline instead of living on one new grace period after another.
     */
    @Test
    void anAppThatForksAFreshCopyBeforeItsGraceEndsIsClosedAllTheSame() throws Exception {
        String name = Victims.uniqueName("ffhydra");
        Path hydra = victims.copy("/bin/dash", name);
        Path generations = victims.file(name + ".log");
        // every 0.4 s: note this generation, start the next one in the background, exit
        String body = "echo $$ $(date +%s.%N) >> " + generations + "; sleep 0.4; \"$0\" -c \"$BODY\" & exit 0";
        ProcessBuilder builder = new ProcessBuilder(hydra.toString(), "-c", body);
        builder.environment().put("BODY", body);
        victims.start(builder.redirectErrorStream(true).redirectOutput(victims.file(name + ".out").toFile()));

        long survivedGenerations = watchChainUntilItEnds(name, generations);
        System.out.printf("fork chain: %d generations started, %d warning(s), %d close(s), ended%n", survivedGenerations,
                warnings.size(), closed.size());
        assertThat(warnings).as("one warning for the whole chain").hasSize(1);
        assertThat(closed).as("closed by the watcher").isNotEmpty();
    }

    /**
     * The same escape, harder: each generation starts the next in a new session (so a new process group) through
     * {@code setsid -f}, whose fork exits at once, so the next generation is adopted by init and shares neither
     * parent nor group with the warned one. Measured over at most 20 generations: the chain stops itself at 20.
     */
    @Test
    void aForkChainThatLeavesItsSessionAndParentIsClosedAtTheFirstDeadline() throws Exception {
        String name = Victims.uniqueName("ffsetsid");
        Path hydra = victims.copy("/bin/dash", name);
        Path generations = victims.file(name + ".log");
        Files.createFile(generations);
        String body = "echo $$ >> " + generations + "; [ $(wc -l < " + generations + ") -ge 20 ] && exit 0; sleep 0.4; "
                + "setsid -f \"$0\" -c \"$BODY\"; exit 0";
        ProcessBuilder builder = new ProcessBuilder(hydra.toString(), "-c", body);
        builder.environment().put("BODY", body);
        victims.start(builder);

        long started = watchChainUntilItEnds(name, generations);
        System.out.printf("setsid fork chain: %d of at most 20 generations started, %d warning(s), %d close(s)%n", started,
                warnings.size(), closed.size());
        assertThat(warnings).as("one warning for the whole chain").hasSize(1);
        assertThat(closed).as("closed by the watcher, not ended by itself").isNotEmpty();
        assertThat(started).as("generations started before the chain was closed").isLessThan(20);
    }

    /**
     * Blocks {@code name} with a 2-s grace and waits until the fork chain writing {@code generations} has run and
     * then ended, closed by the watcher. @return the generations the chain started
     */
    private long watchChainUntilItEnds(String name, Path generations) throws Exception {
        ProcessWatcher watcher = new ProcessWatcher(ProcessWatcherTest::procFs, thread, listener(), Duration.ofMillis(500),
                Duration.ofSeconds(2));
        watcher.engage(Set.of(name));
        try {
            awaitLogged(generations); // it runs: from here on "no copy running" means the chain ended
            awaitNoneRunning(name, EVENTUALLY);
        } finally {
            killAll(name); // only our own copies: the name is unique to this test
        }
        awaitClosed(1); // the chain ended: it was closed (the listener hears of it just after the signal)
        return Files.readAllLines(generations).size();
    }

    @Test
    void aJavaAppIsClosedByItsJarThoughJavaIsProtected() throws Exception {
        String name = Victims.uniqueName("ffjar");
        Path jar = sleepingJar(name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = victims.start(java, "-Xmx16m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

        assertThat(app.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).as("closed").isTrue();
        assertThat(warnings).containsExactly(name + " (pid " + app.pid() + ")");
    }

    /** A renamed key agent (any name): it listens on an ssh-agent socket, so it serves the desktop session. */
    @Test
    void aServerOfTheDesktopSessionIsLeftAloneWhateverItsName() throws Exception {
        String name = Victims.uniqueName("ffagent");
        Path agent = victims.copy("/usr/bin/perl", name);
        Path socketDir = Files.createTempDirectory(Path.of("/tmp"), "ssh-" + name);
        Path socket = socketDir.resolve("agent.4242");
        try {
            Process server = victims.start(agent.toString(), "-MIO::Socket::UNIX", "-e",
                    "my $listening = IO::Socket::UNIX->new(Type => IO::Socket::UNIX::SOCK_STREAM(), Local => $ARGV[0], Listen => 1) or die $!;"
                            + " sleep 60", socket.toString());
            awaitFile(socket);
            watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

            awaitLookedAtAndLeftAlone();
            assertThat(server.isAlive()).isTrue();
            assertThat(warnings).isEmpty();
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(socketDir);
        }
    }

    @Test
    void otherUsersProcessesAreNeverClosed() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to start a process as another user");
        String name = Victims.uniqueName("ffother");
        Process other = victims.start("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                victims.copy("/bin/sleep", name).toString(), "60");
        awaitExecutable(other, name);
        watcher(ProcessWatcherTest::procFs).engage(Set.of(name));

        awaitLookedAtAndLeftAlone();
        assertThat(other.isAlive()).isTrue();
        assertThat(warnings).isEmpty();
        assertThat(closed).isEmpty();
    }

    @Test
    void disengagingCancelsAPendingClose() throws Exception {
        String name = Victims.uniqueName("ffreprieve");
        Process victim = victims.start(victims.copy("/bin/sleep", name).toString(), "60");
        ProcessWatcher watcher = new ProcessWatcher(ProcessWatcherTest::procFs, thread, listener(), INTERVAL, Duration.ofSeconds(2));
        watcher.engage(Set.of(name));
        awaitWarnings(1);
        watcher.disengage();

        // the close was due within the grace from the warning: once the thread has run everything due by then
        // (it runs its tasks in the order they are due), a close that was not cancelled would have happened
        thread.awaitDueWithin(Duration.ofSeconds(2).plus(ProcessWatcher.KILL_GRACE), EVENTUALLY);
        assertThat(closed).isEmpty();
        assertThat(victim.isAlive()).isTrue();
    }

    @Test
    void aChangedSourceIsCreatedAnewAndUsedFromTheNextTick() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ProcessWatcher watcher = watcher(() -> {
            created.incrementAndGet();
            return source("jdk");
        });
        watcher.engage(Set.of(Victims.uniqueName("ffnothing")));
        awaitCount(created, 1);

        watcher.sourceChanged();

        awaitCount(created, 2);
        assertThat(created.get()).isEqualTo(2);
    }

    /**
     * The positive signal for "left alone": the watcher finished the tick that saw the process (which must
     * already run under its final name), and, had it warned, everything due within the grace and the kill
     * grace after that tick has run as well.
     */
    private void awaitLookedAtAndLeftAlone() throws Exception {
        thread.awaitTicks(1, EVENTUALLY);
        thread.awaitDueWithin(GRACE.plus(ProcessWatcher.KILL_GRACE), EVENTUALLY);
    }

    /** Waits until {@code process} runs the executable named {@code name} (it has exec()ed after the fork). */
    private static void awaitExecutable(Process process, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Path exe = Path.of("/proc", Long.toString(process.pid()), "exe");
        while (System.nanoTime() < deadline) {
            try {
                if (Files.readSymbolicLink(exe).getFileName().toString().equals(name)) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the process is still being set up
            }
            Thread.sleep(10);
        }
        throw new AssertionError("process " + process.pid() + " never ran " + name);
    }

    /** A jar whose main class sleeps for a minute, compiled here with the JDK's compiler. */
    private Path sleepingJar(String name) throws Exception {
        Path source = victims.file("Sleeper.java");
        Files.writeString(source,
                "public class Sleeper { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }");
        assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", victims.file("").toString(),
                source.toString())).isZero();
        Path jar = victims.file(name + ".jar");
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, "Sleeper");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("Sleeper.class"));
            out.write(Files.readAllBytes(victims.file("Sleeper.class")));
            out.closeEntry();
        }
        return jar;
    }

    private static void awaitLogged(Path log) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while ((!Files.exists(log) || Files.size(log) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(log).isNotEmptyFile();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(file).exists();
    }

    private static void awaitCount(AtomicInteger count, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count.get() < wanted && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(count.get()).as("sources created").isGreaterThanOrEqualTo(wanted);
    }

    /** The test's own processes: as root (CI) they are root's, which FocusFlow closes only when told to. */
    @Test
    void aTickThatDiesOfAnErrorShowsTheWatcherDownAndTheNextEngagementStartsItAgain() throws Exception {
        ProcFsSource real = procFs();
        AtomicInteger listings = new AtomicInteger();
        ProcessSource dyingOnce = new ProcessSource() {
            @Override
            public String name() {
                return "proc, dying on its first listing";
            }

            @Override
            public long[] pids() {
                if (listings.getAndIncrement() == 0) {
                    throw new StackOverflowError("the test's");
                }
                return real.pids();
            }

            @Override
            public Optional<ProcessInfo> inspect(long pid) {
                return real.inspect(pid);
            }
        };
        ProcessWatcher watcher = watcher(() -> dyingOnce);
        String name = Victims.uniqueName("ffrevive");
        watcher.engage(Set.of(name));
        thread.awaitTicks(1, EVENTUALLY);
        assertThat(watcher.health().health()).isEqualTo(HealthStatus.DOWN);
        assertThat(watcher.health().message()).contains("StackOverflowError");

        Process victim = victims.start(victims.copy("/bin/sleep", name).toString(), "60");
        watcher.engage(Set.of(name));

        assertThat(victim.waitFor(EVENTUALLY.toMillis(), TimeUnit.MILLISECONDS)).as("closed by the restarted watcher").isTrue();
        assertThat(watcher.health().health()).isEqualTo(HealthStatus.UP);
    }

    private static ProcFsSource procFs() {
        return new ProcFsSource(List.of(System.getProperty("user.name")));
    }

    private static ProcessSource source(String name) {
        return ProcessSources.create(name, List.of(System.getProperty("user.name")));
    }

    private ProcessWatcher watcher(Supplier<ProcessSource> source) {
        return new ProcessWatcher(source, thread, listener(), INTERVAL, GRACE);
    }

    private ProcessWatcher.Listener listener() {
        return new ProcessWatcher.Listener() {
            @Override
            public void warned(ProcessInfo process, String blockedName, Duration grace) {
                warnings.add(blockedName + " (pid " + process.pid() + ")");
            }

            @Override
            public void closed(ProcessInfo process, String blockedName) {
                closed.add(process.pid());
            }
        };
    }

    private void awaitWarnings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (warnings.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(warnings).hasSize(count);
    }

    private void awaitClosed(int count) throws InterruptedException {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (closed.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void awaitArgv0(Process process, String argv0) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        while (System.nanoTime() < deadline) {
            byte[] bytes = Files.readAllBytes(cmdline);
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).startsWith(argv0 + "\0")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("argv[0] never became " + argv0);
    }

    private static void killAll(String name) throws Exception {
        for (int round = 0; round < 20; round++) {
            copies(name).forEach(ProcessHandle::destroyForcibly);
            Thread.sleep(50);
        }
    }

    /** Waits until no process runs whose executable is named {@code name}, proving it within the deadline. */
    private static void awaitNoneRunning(String name, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            // twice, longer apart than a generation lives: one listing of /proc can miss a chain whose member
            // exits after the listing, having forked the next one just after it
            if (copies(name).isEmpty()) {
                Thread.sleep(1000);
                if (copies(name).isEmpty()) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("copies of " + name + " still run after " + within);
    }

    /**
     * Running processes (zombies excluded) of a chain named {@code name}: its executable, or its command line
     * names it ({@code setsid -f <hydra>} between its fork and exec), read from /proc.
     */
    private static List<ProcessHandle> copies(String name) throws java.io.IOException {
        try (var entries = Files.list(Path.of("/proc"))) {
            return entries.filter(e -> e.getFileName().toString().matches("[0-9]+")).filter(e -> {
                try {
                    return Files.readSymbolicLink(e.resolve("exe")).getFileName().toString().equals(name)
                            || new String(Files.readAllBytes(e.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8)
                                    .contains(name);
                } catch (java.io.IOException | RuntimeException gone) {
                    return false;
                }
            }).map(e -> ProcessHandle.of(Long.parseLong(e.getFileName().toString()))).flatMap(java.util.Optional::stream)
                    .filter(Victims::running).toList();
        }
    }

    private static void awaitChildren(Process parent, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (parent.descendants().count() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(parent.descendants().count()).isEqualTo(count);
    }

    /** Waits until {@code process} exited and is listed as a zombie (its parent does not collect it). */
    private static void awaitZombie(ProcessHandle process) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (System.nanoTime() < deadline) {
            if (Victims.zombie(process)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("pid " + process.pid() + " never became a zombie");
    }

    private static void awaitDead(List<ProcessHandle> processes, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (processes.stream().anyMatch(Victims::running) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(processes).noneMatch(Victims::running);
    }
}
