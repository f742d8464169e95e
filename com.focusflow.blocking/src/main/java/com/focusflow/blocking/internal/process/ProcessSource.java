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

    /** What is known about one process; empty if it is gone (a zombie too, where that can be told) or cannot be read. */
    Optional<ProcessInfo> inspect(long pid);

    /**
     * Whether {@code pid}, still listed, runs nothing any more: a zombie its parent has not reaped, where the source
     * can tell. Asked on every tick for the warned processes only.
     */
    default boolean ended(long pid) {
        return false;
    }
}
