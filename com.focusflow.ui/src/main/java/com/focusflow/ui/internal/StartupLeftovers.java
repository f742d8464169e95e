package com.focusflow.ui.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back, once, the memory FocusFlow's start-up used and no longer needs, after the window has opened:
 * the Java heap that resolving bundles, opening databases and styling the window grew (the serial collector
 * shrinks the heap only in a full collection, which an idle FocusFlow otherwise never has), and the native
 * heap GTK and fontconfig freed while starting (glibc keeps freed memory mapped until {@code malloc_trim}).
 * About 6 MiB of resident memory (docs/benchmarks.md).
 */
final class StartupLeftovers {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLeftovers.class);

    private StartupLeftovers() {
    }

    static void release() {
        System.gc();
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            try {
                com.sun.jna.NativeLibrary.getInstance("c").getFunction("malloc_trim").invokeInt(new Object[] { 0 });
            } catch (RuntimeException | LinkageError e) { // not glibc (musl has no malloc_trim), or no JNA
                LOG.debug("Native heap not trimmed ({})", e.toString());
            }
        }
    }
}
