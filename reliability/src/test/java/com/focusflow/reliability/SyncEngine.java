package com.focusflow.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A crude file-sync program between two folders, as unkind as real ones can be: it copies FocusFlow's files
 * late, sometimes straight into the final name in two halves with a pause between (a reader sees a file cut
 * off mid-write for a while), sometimes through a Syncthing-style temporary file, and it leaves conflict
 * copies, lock files and partial downloads lying around.
 */
final class SyncEngine implements AutoCloseable {

    final AtomicInteger copies = new AtomicInteger();
    final AtomicInteger partialWrites = new AtomicInteger();
    final AtomicInteger junk = new AtomicInteger();
    private final Path left;
    private final Path right;
    private final Random random;
    private final Thread thread;
    private volatile boolean running = true;

    SyncEngine(Path left, Path right, long seed) {
        this.left = left;
        this.right = right;
        this.random = new Random(seed);
        this.thread = new Thread(this::run, "test-sync-engine");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(100 + random.nextInt(400));
                mirror(left, right);
                mirror(right, left);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // a file changed under us: the next round copies it again
            }
        }
    }

    /** Copies every FocusFlow file of {@code from} whose content {@code to} does not have yet. */
    private void mirror(Path from, Path to) throws IOException, InterruptedException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path source : files.filter(f -> f.getFileName().toString().matches("focusflow-.*\\.json")).toList()) {
                Path target = to.resolve(source.getFileName());
                byte[] content;
                try {
                    content = Files.readAllBytes(source);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (Files.exists(target) && (Arrays.equals(Files.readAllBytes(target), content)
                        || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) > 0)) {
                    continue;
                }
                copy(content, source.getFileName().toString(), target);
            }
        }
    }

    private void copy(byte[] content, String name, Path target) throws IOException, InterruptedException {
        String stem = name.substring(0, name.length() - ".json".length());
        switch (random.nextInt(4)) {
            case 0 -> { // in place, in two halves, with a pause longer than FocusFlow's settle time
                Files.write(target, Arrays.copyOf(content, content.length / 2));
                partialWrites.incrementAndGet();
                Thread.sleep(1500);
                Files.write(target, content);
            }
            case 1 -> { // Syncthing: a temporary file, renamed when complete
                Path temp = target.resolveSibling(".syncthing." + name + ".tmp");
                Files.write(temp, Arrays.copyOf(content, content.length / 3));
                Thread.sleep(200);
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            default -> {
                Files.write(target, content);
            }
        }
        copies.incrementAndGet();
        if (random.nextInt(3) == 0) { // conflict copies and lock files with content that must never be read
            String bad = "{\"formatVersion\":1,\"sections\":{\"sessions\":{\"items\":[{\"id\":\"conflict-" + random.nextInt()
                    + "\"}]}}}";
            Files.writeString(target.resolveSibling(stem + ".sync-conflict-20260105-093000-ABCDEFG.json"), bad);
            Files.writeString(target.resolveSibling(stem + " (laptop's conflicted copy 2026-01-05).json"), bad);
            Files.writeString(target.resolveSibling(".~lock." + name + "#"), "lock");
            Files.writeString(target.resolveSibling(name + ".part"), bad.substring(0, 10));
            junk.addAndGet(4);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
