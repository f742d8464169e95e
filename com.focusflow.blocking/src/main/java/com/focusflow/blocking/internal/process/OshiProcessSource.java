package com.focusflow.blocking.internal.process;

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
    private final String ownUserId = os.getProcess(os.getProcessId()).getUserID();
    private Map<Long, OSProcess> lastScan = Map.of();

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
        String argv0 = arguments.isEmpty() ? null : arguments.get(0);
        long parent = process.getParentProcessID();
        boolean system = pid <= 2 || parent == 2 || (process.getPath().isEmpty() && arguments.isEmpty());
        return Optional.of(new ProcessInfo(pid, parent, process.getStartTime(),
                ProcessInfo.keys(process.getPath(), argv0, process.getName()), ownUserId.equals(process.getUserID()),
                system));
    }
}
