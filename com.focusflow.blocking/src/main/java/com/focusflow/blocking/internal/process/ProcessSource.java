package com.focusflow.blocking.internal.process;

import java.util.Optional;

/**
 * Where the watcher learns about processes. {@link #pids()} runs on every tick and must be cheap;
 * {@link #inspect} runs only for processes not seen before.
 */
public interface ProcessSource {

    /** A short name for logs and benchmarks, e.g. {@code "proc"}. */
    String name();

    /** The ids of all processes now. */
    long[] pids();

    /** What is known about one process; empty if it is gone or cannot be read. */
    Optional<ProcessInfo> inspect(long pid);
}
