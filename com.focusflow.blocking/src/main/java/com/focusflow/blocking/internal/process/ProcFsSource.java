package com.focusflow.blocking.internal.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Linux: reads {@code /proc} directly. Listing costs one directory read; a new process costs four small
 * reads (stat, owner, exe link, cmdline). The JDK's {@code ProcessHandle.allProcesses()} reads every
 * process's stat file on each call, which is what this avoids.
 */
public final class ProcFsSource implements ProcessSource {

    private final Path proc;
    private final File procDir;
    private final int ownUid;

    public ProcFsSource() {
        this(Path.of("/proc"));
    }

    ProcFsSource(Path proc) {
        this.proc = proc;
        this.procDir = proc.toFile();
        this.ownUid = uid(proc.resolve("self")).orElse(-1);
    }

    /** Whether this platform has a readable {@code /proc} with process entries. */
    public static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    @Override
    public String name() {
        return "proc";
    }

    @Override
    public long[] pids() {
        String[] entries = procDir.list();
        if (entries == null) {
            return new long[0];
        }
        long[] pids = new long[entries.length];
        int n = 0;
        for (String entry : entries) {
            char first = entry.charAt(0);
            if (first >= '1' && first <= '9') {
                pids[n++] = Long.parseLong(entry);
            }
        }
        return Arrays.copyOf(pids, n);
    }

    @Override
    public Optional<ProcessInfo> inspect(long pid) {
        Path dir = proc.resolve(Long.toString(pid));
        try {
            String stat = Files.readString(dir.resolve("stat"), StandardCharsets.ISO_8859_1);
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String comm = stat.substring(open + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            long ppid = Long.parseLong(fields[1]);
            long start = Long.parseLong(fields[19]);
            int uid = uid(dir).orElse(-2);
            String exe = exe(dir);
            String argv0 = argv0(dir);
            boolean kernel = pid == 2 || ppid == 2 || (exe == null && argv0 == null && uid == 0);
            return Optional.of(new ProcessInfo(pid, ppid, start, ProcessInfo.keys(exe, argv0, comm), uid == ownUid,
                    kernel || pid == 1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> uid(Path dir) {
        try {
            return Optional.of((Integer) Files.getAttribute(dir, "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String exe(Path dir) {
        try {
            return Files.readSymbolicLink(dir.resolve("exe")).toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String argv0(Path dir) {
        try {
            byte[] cmdline = Files.readAllBytes(dir.resolve("cmdline"));
            int end = 0;
            while (end < cmdline.length && cmdline[end] != 0) {
                end++;
            }
            return end == 0 ? null : new String(cmdline, 0, end, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
