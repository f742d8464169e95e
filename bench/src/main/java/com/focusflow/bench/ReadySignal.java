package com.focusflow.bench;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started last in the bare Felix baseline (highest start level): when it runs, everything else is up.
 * Prints the line {@link StartupBench} waits for.
 */
public final class ReadySignal implements BundleActivator {

    static final String READY = "FOCUSFLOW-BENCH-READY";

    @Override
    public void start(BundleContext context) {
        System.out.println(READY);
        System.out.flush();
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to undo
    }
}
