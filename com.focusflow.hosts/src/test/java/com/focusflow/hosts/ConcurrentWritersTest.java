package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 point 7: another program writing the hosts file while FocusFlow edits it never loses a line. */
class ConcurrentWritersTest {

    private static final List<String> SITES = List.of("youtube.com", "reddit.com");

    @TempDir
    Path dir;

    /**
     * The other writer appends after FocusFlow's last look at the file and before its rename: the appended
     * line lands in the file being replaced, so FocusFlow notices it there and redoes the edit with it.
     */
    @Test
    void aLineAppendedBetweenTheLastCheckAndTheRenameIsKept() throws IOException {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        AtomicInteger moves = new AtomicInteger();
        FileWrites racing = new FileWrites() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (moves.getAndIncrement() == 0) {
                    Files.writeString(hosts, "10.0.0.7 nas\n", StandardOpenOption.APPEND);
                }
                FileWrites.super.move(from, to);
            }
        };

        assertThat(new HostsFile(hosts, racing).apply(SITES)).isTrue();

        String text = Files.readString(hosts);
        assertThat(text).startsWith("127.0.0.1 localhost\n10.0.0.7 nas\n").contains("0.0.0.0 youtube.com\n");
        assertThat(HostsContent.of(Files.readAllBytes(hosts))).isEqualTo(
                HostsContent.of("127.0.0.1 localhost\n10.0.0.7 nas\n".getBytes()).apply(SITES));
        assertThat(moves).as("the edit was redone on the content with the late line").hasValue(2);
    }

    /** A real race: 400 appends by another thread while FocusFlow keeps engaging, changing and removing its block. */
    @Test
    void noneOf400LinesAppendedDuringHundredsOfRewritesIsLost() throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        HostsFile file = new HostsFile(hosts);
        int lines = 400;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < lines; i++) {
                try {
                    Files.writeString(hosts, "10.9." + i / 256 + "." + i % 256 + " device" + i + "\n",
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                Thread.yield();
            }
        });
        int rewrites = 0;
        for (int round = 0; !writer.isDone() || rewrites < 30; round++) {
            try {
                boolean changed = switch (round % 3) {
                    case 0 -> file.apply(SITES);
                    case 1 -> file.apply(List.of("youtube.com"));
                    default -> file.remove();
                };
                rewrites += changed ? 1 : 0;
            } catch (HostsException e) {
                // the writer changed the file under every attempt of this edit: the guard's next check retries
                assertThat(e.kind()).isEqualTo(HostsException.Kind.IO);
                assertThat(e.getMessage()).contains("another program changed it");
            }
        }
        writer.get(1, TimeUnit.MINUTES);

        String text = Files.readString(hosts);
        long kept = Pattern.compile("^10\\.9\\.\\d+\\.\\d+ device\\d+$", Pattern.MULTILINE).matcher(text).results().count();
        for (int i = 0; i < lines; i++) {
            assertThat(text).as("line of device %d", i).contains(" device" + i + "\n");
        }
        assertThat(kept).as("every appended line, once, after %d rewrites", rewrites).isEqualTo(lines);
        assertThat(rewrites).isGreaterThanOrEqualTo(30);
    }
}
