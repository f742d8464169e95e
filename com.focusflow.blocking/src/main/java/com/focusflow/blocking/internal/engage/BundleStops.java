package com.focusflow.blocking.internal.engage;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.ComponentConstants;

/**
 * Tells a temporary stop (an update of this bundle, or FocusFlow shutting down with a session running) from
 * a stop for good (stopped by hand, uninstalled, component disabled). Felix stops a bundle for an update
 * without recording it, so it stays persistently started; a stop or uninstall records it first. At
 * shutdown the system bundle is STOPPING, and SCR may dispose the components before this bundle stops.
 */
public final class BundleStops {

    private BundleStops() {
    }

    /** Whether blockers keep what they put in place when deactivated for {@code reason}. */
    public static boolean keepsBlocks(BundleContext context, int reason) {
        try {
            Bundle framework = context.getBundle(0);
            if (framework != null && framework.getState() == Bundle.STOPPING) {
                return true;
            }
            return reason == ComponentConstants.DEACTIVATION_REASON_BUNDLE_STOPPED
                    && context.getBundle().adapt(BundleStartLevel.class).isPersistentlyStarted();
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
