package com.focusflow.blocking.internal.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.focusflow.blocking.internal.list.AppNames;
import com.focusflow.support.log.LogText;

/**
 * What the watcher knows about one process.
 *
 * @param pid its id
 * @param parentPid its parent's id, or -1 if unknown
 * @param group its process group, or -1 if unknown; a forked copy stays in its parent's group
 * @param start when it started, in the source's own unit; with {@code pid} it identifies the process
 *        (a reused pid has another start)
 * @param names its matching keys ({@link AppNames#key}), what it runs first: the script a known interpreter
 *        runs (with and without its extension), then the executable's file name. Never argv[0], which any
 *        program sets as it likes; only where the executable cannot be read, argv[0] and the kernel's name.
 * @param ownedByUser whether it runs as a user whose apps FocusFlow closes (its own; as root, the desktop users)
 * @param system whether it is a kernel thread, a privileged (setuid/setgid) program or otherwise part of
 *        the operating system
 */
public record ProcessInfo(long pid, long parentPid, long group, long start, List<String> names, boolean ownedByUser,
        boolean system) {

    public ProcessInfo {
        names = List.copyOf(names);
    }

    /** The name shown to the user: the first known. */
    public String displayName() {
        return names.isEmpty() ? "pid " + pid : names.get(0);
    }

    /** What it is for protection: the script it runs, or its executable ({@code ""} if unknown). */
    public String identity() {
        return names.isEmpty() ? "" : names.get(0);
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

    /** Escaped: a process chooses its own name, and this goes to the log. */
    @Override
    public String toString() {
        return LogText.escape(displayName()) + " (pid " + pid + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessInfo p && p.pid == pid && p.parentPid == parentPid && p.group == group && p.start == start
                && p.names.equals(names) && p.ownedByUser == ownedByUser && p.system == system;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pid, start, names);
    }
}
