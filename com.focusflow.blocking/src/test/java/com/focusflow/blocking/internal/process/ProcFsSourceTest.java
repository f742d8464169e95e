package com.focusflow.blocking.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ProcFsSource} makes of a process, from an injected /proc (its files as the kernel writes them). */
class ProcFsSourceTest {

    private static final String SCRIPT = "/home/u/ff\u00fcsc.sh";

    @TempDir
    Path proc;

    private ProcFsSource source;

    @BeforeEach
    void self() throws Exception {
        Files.createDirectories(proc.resolve("self"));
        source = new ProcFsSource(proc, List.of(System.getProperty("user.name")));
    }

    /** Shells keep their script open; the link's raw bytes are read, so a non-ASCII name works under LANG=C too. */
    @Test
    void aShellHoldingItsScriptOpenIsThatScript() throws Exception {
        // the fake /proc needs a file named with a non-ASCII letter, which a JVM started under LANG=C cannot create
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode('\u00fc'),
                "this JVM's file names cannot hold \u00fc (LANG=C): the fake /proc cannot be built");
        Path dir = process(4242, "/usr/bin/dash", "0000000000000000", "/bin/sh", SCRIPT);
        Files.createDirectories(dir.resolve("fd"));
        Files.createSymbolicLink(dir.resolve("fd/10"), Path.of(SCRIPT));

        ProcessInfo info = source.inspect(4242).orElseThrow();

        assertThat(info.names()).containsExactly("ff\u00fcsc.sh", "ff\u00fcsc", "dash");
        assertThat(info.system()).isFalse();
    }

    /** {@code bash --rcfile x}: an interactive shell reading x at start, not running it. */
    @Test
    void aShellWhoseArgumentIsNoScriptItRunsStaysAShell() throws Exception {
        Path rc = Files.writeString(proc.resolve("ffrc"), "PS1='$ '\n");
        Path dir = process(4243, "/usr/bin/bash", "0000000000000000", "bash", "--rcfile", rc.toString());
        Files.createDirectories(dir.resolve("fd"));
        Files.createSymbolicLink(dir.resolve("fd/0"), Path.of("/dev/pts/0"));

        assertThat(source.inspect(4243).orElseThrow().names()).containsExactly("bash");
    }

    @Test
    void aUsersProcessWithCapabilitiesIsPrivileged() throws Exception {
        Path dir = process(4244, "/usr/bin/sleep", "0000000000004000", "ffkeyring");
        if ("root".equals(System.getProperty("user.name"))) {
            Files.setAttribute(dir, "unix:uid", 65534); // root's own processes hold capabilities anyway
        }

        assertThat(source.inspect(4244).orElseThrow().system()).isTrue();
        assertThat(source.inspect(4242)).isEmpty();
    }

    /** An exited process its parent has not reaped yet: listed, but nothing to judge, and ended. */
    @Test
    void aZombieIsNotInspectedAndCountsAsEnded() throws Exception {
        Path dir = process(4245, "/usr/bin/sleep", "0000000000000000", "ffzombie");
        assertThat(source.inspect(4245)).isPresent();
        assertThat(source.ended(4245)).isFalse();

        Files.writeString(dir.resolve("stat"), "4245 (ffzombie) Z 100 4245 4245 0 -1 4227084 0 0 0 0 0 0 0 0 20 0 1 0 123456 0 0\n");

        assertThat(source.inspect(4245)).isEmpty();
        assertThat(source.ended(4245)).isTrue();
        assertThat(source.ended(4299)).as("gone altogether").isTrue();
    }

    private Path process(long pid, String exe, String capEff, String... argv) throws Exception {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(dir.resolve("stat"), pid + " (" + Path.of(exe).getFileName() + ") S 100 " + pid + " " + pid
                + " 0 -1 4194304 0 0 0 0 0 0 0 0 20 0 1 0 123456 1000 100\n");
        Files.createSymbolicLink(dir.resolve("exe"), Path.of(exe));
        Files.write(dir.resolve("cmdline"), (String.join("\0", argv) + "\0").getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("status"), "Name:\tx\nCapInh:\t0000000000000000\nCapEff:\t" + capEff + "\n");
        return dir;
    }
}
