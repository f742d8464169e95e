package com.focusflow.logging.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.framework.hooks.bundle.FindHook;

/**
 * Registers {@link SpiFlyScope}. This bundle starts at level 1, before SPI Fly (level 2) opens its tracker:
 * a hook registered later would not undo what SPI Fly already tracks.
 */
public final class SpiFlyScopeActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(new String[] {FindHook.class.getName(), EventHook.class.getName()}, new SpiFlyScope(),
                null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the hooks
    }
}
