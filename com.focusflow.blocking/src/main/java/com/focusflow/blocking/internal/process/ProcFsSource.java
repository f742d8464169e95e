package com.focusflow.blocking.internal.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Linux: reads {@code /proc} directly. Listing costs one directory read; a new process costs a few small
 * reads (stat, owner, exe link, cmdline, status; a shell with an argument also its fd links). The JDK's
 * {@code ProcessHandle.allProcesses()} reads every process's stat file on each call, which is what this avoids.
 */
final class ProcFsSource implements ProcessSource {

    private final Path proc;
    private final File procDir;
    private final Owners owners;

    /** @param users as root: whose apps to close ({@link Owners}) */
    ProcFsSource(List<String> users) {
        this(Path.of("/proc"), users);
    }

    ProcFsSource(Path proc, List<String> users) {
        this.proc = proc;
        this.procDir = proc.toFile();
        this.owners = Owners.of(uid(proc.resolve("self")).orElse(-1), System.getProperty("user.name"), users,
                Path.of("/"), System.getenv());
    }

    /** Whether this platform has a readable {@code /proc} with process entries. */
    static boolean available() {
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
            if (exited(stat, close)) {
                return Optional.empty();
            }
            // the kernel keeps the name's bytes; read as Latin-1 above, so recover them as UTF-8
            String comm = new String(stat.substring(open + 1, close).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            String[] fields = stat.substring(close + 2).split(" ");
            long ppid = Long.parseLong(fields[1]);
            long group = Long.parseLong(fields[2]);
            long start = Long.parseLong(fields[19]);
            int uid = uid(dir).orElse(-2);
            String exe = exe(dir);
            List<String> argv = argv(dir);
            boolean kernel = pid == 2 || ppid == 2 || (exe == null && argv.isEmpty() && uid == 0);
            return Optional.of(new ProcessInfo(pid, ppid, group, start, ProcessNames.of(exe, argv, comm,
                    script -> runsScript(dir, script)), owners.includes(uid),
                    kernel || pid == 1 || privileged(dir) || uid != 0 && holdsCapabilities(dir)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads only the state: a zombie is still listed until its parent reaps it. */
    @Override
    public boolean ended(long pid) {
        try {
            String stat = Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.ISO_8859_1);
            return exited(stat, stat.lastIndexOf(')'));
        } catch (NoSuchFileException gone) {
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** State Z (zombie) or X (dead): the process exited and only waits for its parent to collect its status. */
    private static boolean exited(String stat, int nameEnd) {
        char state = stat.charAt(nameEnd + 2);
        return state == 'Z' || state == 'X';
    }

    /**
     * Whether a shell runs {@code script}: it holds the file open (bash, dash, ash, mksh, zsh keep their script
     * open while they run it; an interactive {@code bash --rcfile x} does not keep x). Compared as text decoded
     * from the raw bytes, since under {@code LANG=C} the JDK cannot even build a path with a non-ASCII name.
     * Only where the fds cannot be read does the file's existence decide.
     */
    private static boolean runsScript(Path dir, String script) {
        String name = script.substring(script.lastIndexOf('/') + 1);
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
            for (Path fd : fds) {
                String open = decoded(Files.readSymbolicLink(fd));
                if (open.equals(script) || open.endsWith("/" + name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException unreadable) {
            // another user's shell, or it is gone: fall back to the file
        }
        try {
            return Files.isRegularFile(dir.resolve("cwd").resolve(script));
        } catch (InvalidPathException notInThisLocale) {
            return false;
        }
    }

    private static Optional<Integer> uid(Path dir) {
        try {
            return Optional.of((Integer) Files.getAttribute(dir, "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The executable's path, decoded as UTF-8 whatever the JVM's file name encoding: under {@code LANG=C}
     * the JDK turns every non-ASCII byte of a path into '?', but its file URI keeps the raw bytes escaped.
     */
    private static String exe(Path dir) {
        try {
            return decoded(Files.readSymbolicLink(dir.resolve("exe")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An absolute link target decoded as UTF-8 from its raw bytes (through its file URI); others as they are. */
    private static String decoded(Path link) {
        return link.isAbsolute() ? link.toUri().getPath() : link.toString();
    }

    private static List<String> argv(Path dir) {
        try {
            byte[] cmdline = Files.readAllBytes(dir.resolve("cmdline"));
            List<String> args = new ArrayList<>();
            int from = 0;
            for (int i = 0; i <= cmdline.length; i++) {
                if (i == cmdline.length || cmdline[i] == 0) {
                    if (i > from || i < cmdline.length) {
                        args.add(new String(cmdline, from, i - from, StandardCharsets.UTF_8));
                    }
                    from = i + 1;
                }
            }
            return args;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * A user's process with effective capabilities runs a privileged program (file capabilities instead of
     * setuid: {@code newuidmap}, {@code gnome-keyring-daemon}'s {@code cap_ipc_lock}, ...), whatever its name.
     */
    private static boolean holdsCapabilities(Path dir) {
        try {
            for (String line : Files.readAllLines(dir.resolve("status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("CapEff:")) {
                    return !line.substring(7).strip().matches("0+");
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // judged by the other rules
        }
        return false;
    }

    /** A setuid or setgid executable is a privilege tool (sudo, su, pkexec, passwd, ...), whatever its name. */
    private static boolean privileged(Path dir) {
        try {
            int mode = (Integer) Files.getAttribute(dir.resolve("exe"), "unix:mode");
            return (mode & 06000) != 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
