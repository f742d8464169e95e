package com.focusflow.blocking.internal.process;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Any OS, through OSHI (JNA). Each listing is a full scan (OSHI has no cheaper one), so the processes of
 * the last scan answer {@link #inspect}. Only loaded when configured ({@code source=oshi}): on Linux
 * {@code /proc} is several times cheaper (docs/benchmarks.md).
 */
public final class OshiProcessSource implements ProcessSource {

    private final OperatingSystem os = new SystemInfo().getOperatingSystem();
    private final Owners owners;
    private Map<Long, OSProcess> lastScan = Map.of();

    /** @param users as root: whose apps to close ({@link Owners}) */
    public OshiProcessSource(List<String> users) {
        OSProcess self = os.getProcess(os.getProcessId());
        int uid = self.getUserID().matches("[0-9]{1,9}") ? Integer.parseInt(self.getUserID()) : -1;
        this.owners = Owners.of(uid, self.getUser(), users, Path.of("/"), System.getenv());
    }

    @Override
    public String name() {
        return "oshi";
    }

    @Override
    public long[] pids() {
        List<OSProcess> processes = os.getProcesses();
        Map<Long, OSProcess> scan = new HashMap<>(processes.size() * 2);
        processes.forEach(p -> scan.put((long) p.getProcessID(), p));
        lastScan = scan;
        return scan.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public Optional<ProcessInfo> inspect(long pid) {
        OSProcess process = lastScan.get(pid);
        if (process == null) {
            process = os.getProcess((int) pid);
        }
        if (process == null) {
            return Optional.empty();
        }
        List<String> arguments = process.getArguments();
        long parent = process.getParentProcessID();
        boolean system = pid <= 2 || parent == 2 || (process.getPath().isEmpty() && arguments.isEmpty());
        String exe = process.getPath().isEmpty() ? null : process.getPath();
        return Optional.of(new ProcessInfo(pid, parent, -1, process.getStartTime(),
                ProcessNames.of(exe, arguments, process.getName(),
                        ProcessNames::isAbsoluteFile), owners.includes(process.getUser()), system));
    }
}
