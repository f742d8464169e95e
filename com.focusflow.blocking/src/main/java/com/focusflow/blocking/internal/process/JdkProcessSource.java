package com.focusflow.blocking.internal.process;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any OS: the JDK's {@link ProcessHandle}. On macOS and Windows listing is one system call (sysctl,
 * Toolhelp snapshot); on Linux it reads every process's stat file, so {@link ProcFsSource} is used there.
 */
public final class JdkProcessSource implements ProcessSource {

    private final Owners owners;

    public JdkProcessSource() {
        this(List.of());
    }

    /** @param users as root: whose apps to close ({@link Owners}) */
    public JdkProcessSource(List<String> users) {
        String ownUser = ProcessHandle.current().info().user().orElse(null);
        this.owners = Owners.of(-1, ownUser, users, Path.of("/"), System.getenv());
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public long[] pids() {
        return ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).toArray();
    }

    @Override
    public Optional<ProcessInfo> inspect(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle.Info info = handle.get().info();
        String command = info.command().orElse(null);
        long parent = handle.get().parent().map(ProcessHandle::pid).orElse(-1L);
        long start = info.startInstant().map(Instant::toEpochMilli).orElse(-1L);
        String user = info.user().orElse(null);
        boolean system = pid <= 1 || parent == 2 || pid == 2 || (command == null && user == null);
        List<String> argv = new ArrayList<>();
        argv.add(command == null ? "" : command);
        info.arguments().ifPresent(args -> argv.addAll(List.of(args)));
        return Optional.of(new ProcessInfo(pid, parent, -1, start, command == null ? List.of()
                : ProcessNames.of(command, argv, null, ProcessNames::isAbsoluteFile), owners.includes(user), system));
    }
}
