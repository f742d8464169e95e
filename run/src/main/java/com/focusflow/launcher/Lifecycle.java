package com.focusflow.launcher;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import sun.misc.Signal;

/**
 * When FocusFlow should stop, shared by the launcher ({@link Main}) and the code that runs inside the
 * framework's class loader (com.focusflow.embedded, which sees this class through its parent loader).
 * Every requested stop (Ctrl-C, SIGTERM, {@code stop 0}, the console's Stop) ends here, so the framework
 * stops once, in order, and the process exits 0.
 */
public final class Lifecycle {

    private static final CountDownLatch STOP = new CountDownLatch(1);
    private static final AtomicReference<String> REASON = new AtomicReference<>();
    private static final AtomicReference<PrintStream> TERMINAL_ERR = new AtomicReference<>();
    private static final AtomicReference<Supplier<String>> STOP_SUMMARY = new AtomicReference<>(() -> "");

    private Lifecycle() {
    }

    /** Asks FocusFlow to stop; the first reason wins, later calls change nothing. */
    public static void requestStop(String reason) {
        REASON.compareAndSet(null, reason);
        STOP.countDown();
    }

    /** Blocks until a stop is requested; returns the exit code for a requested stop (0). */
    public static int awaitStop() throws InterruptedException {
        STOP.await();
        return 0;
    }

    public static boolean stopRequested() {
        return STOP.getCount() == 0;
    }

    public static String reason() {
        return REASON.get();
    }

    /**
     * SIGINT (Ctrl-C) and SIGTERM request a stop instead of exiting the JVM at once. JLine installs its own
     * SIGINT handler (which ignores the signal without an interactive shell), so this is called again once
     * every bundle has started.
     */
    public static void handleSignals() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> requestStop("SIG" + signal.getName()));
            } catch (IllegalArgumentException unsupported) {
                // this platform has no such signal, or the JVM reserves it (-Xrs): the shutdown hook still stops
            }
        }
    }

    /** How the framework's stop went, asked once it has stopped (see com.focusflow.embedded.StopOrder). */
    public static void describeStopWith(Supplier<String> summary) {
        STOP_SUMMARY.set(summary);
    }

    static String stopSummary() {
        return STOP_SUMMARY.get().get();
    }

    /** Where the launcher's own messages went before the framework took over stderr (see Main). */
    static void keepTerminalErr(PrintStream terminal) {
        TERMINAL_ERR.set(terminal);
    }

    /** Gives stderr back to the terminal once bnd's launcher has captured its (log-only) stream. */
    public static void restoreTerminalErr() {
        PrintStream terminal = TERMINAL_ERR.getAndSet(null);
        if (terminal != null) {
            System.setErr(terminal);
        }
    }
}
