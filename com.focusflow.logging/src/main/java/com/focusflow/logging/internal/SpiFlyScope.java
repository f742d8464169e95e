package com.focusflow.logging.internal;

import java.util.Collection;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.hooks.bundle.EventHook;
import org.osgi.framework.hooks.bundle.FindHook;

/**
 * Keeps SPI Fly to the bundles it is here for (SLF4J and Logback). SPI Fly re-writes, with ASM and computed
 * stack frames, every class of every bundle that asks for its ServiceLoader processor, whether or not the
 * class looks anything up. Felix HTTP's Jetty asks too (optionally), for lookups that have built-in defaults
 * (HTTP/1.x field encoders) or serve what FocusFlow does not use (TLS ALPN, Jetty's own security handler):
 * about 700 classes re-written at every start, for nothing (docs/benchmarks.md). SPI Fly finds its consumers
 * with a bundle tracker; hiding those bundles from its bundle context, and their events, leaves them as
 * shipped.
 */
final class SpiFlyScope implements FindHook, EventHook {

    static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle";
    static final Set<String> LEFT_AS_SHIPPED = Set.of("org.apache.felix.http.jetty12");

    @Override
    public void find(BundleContext context, Collection<Bundle> bundles) {
        if (isSpiFly(context)) {
            bundles.removeIf(SpiFlyScope::leftAsShipped);
        }
    }

    @Override
    public void event(BundleEvent event, Collection<BundleContext> contexts) {
        if (leftAsShipped(event.getBundle())) {
            contexts.removeIf(SpiFlyScope::isSpiFly);
        }
    }

    private static boolean isSpiFly(BundleContext context) {
        return SPI_FLY.equals(context.getBundle().getSymbolicName());
    }

    private static boolean leftAsShipped(Bundle bundle) {
        return LEFT_AS_SHIPPED.contains(bundle.getSymbolicName());
    }
}
