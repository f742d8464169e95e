package com.focusflow.blocking.internal.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.focusflow.blocking.internal.list.AppNames;

/**
 * What the watcher knows about one process.
 *
 * @param pid its id
 * @param parentPid its parent's id, or -1 if unknown
 * @param start when it started, in the source's own unit; with {@code pid} it identifies the process
 *        (a reused pid has another start)
 * @param names its matching keys ({@link AppNames#key}): executable file name, argv[0] file name and the
 *        kernel's short name, without duplicates
 * @param ownedByUser whether it runs as the same user as FocusFlow
 * @param system whether it is a kernel thread or otherwise part of the operating system
 */
public record ProcessInfo(long pid, long parentPid, long start, List<String> names, boolean ownedByUser,
        boolean system) {

    public ProcessInfo {
        names = List.copyOf(names);
    }

    /** The name shown to the user: the executable's, or the first known. */
    public String displayName() {
        return names.isEmpty() ? "pid " + pid : names.get(0);
    }

    /** Matching keys for the given raw names (paths allowed; nulls and blanks skipped). */
    public static List<String> keys(String... rawNames) {
        List<String> keys = new ArrayList<>(rawNames.length);
        for (String raw : rawNames) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String base = raw.strip();
            base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
            if (base.endsWith(" (deleted)")) {
                base = base.substring(0, base.length() - " (deleted)".length());
            }
            String key = AppNames.key(base);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Whether this is the same process as {@code other} (same pid and start). */
    public boolean sameProcess(ProcessInfo other) {
        return other != null && other.pid == pid && other.start == start;
    }

    @Override
    public String toString() {
        return displayName() + " (pid " + pid + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessInfo p && p.pid == pid && p.parentPid == parentPid && p.start == start
                && p.names.equals(names) && p.ownedByUser == ownedByUser && p.system == system;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pid, start, names);
    }
}
