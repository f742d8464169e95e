package com.focusflow.embedded;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Watches the bundles stop during a requested stop and says whether they went in order: the framework stops
 * them by falling start level, so a clean stop never sees a bundle of a lower level stop before a higher one.
 */
final class StopOrder {

    private record Stopped(String name, int level) {
    }

    private final List<Stopped> stopped = new ArrayList<>();

    synchronized void stopped(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        stopped.add(new Stopped(bundle.getSymbolicName(), level == null ? 0 : level.getStartLevel()));
    }

    synchronized String summary() {
        if (stopped.isEmpty()) {
            return "no bundle was running";
        }
        for (int i = 1; i < stopped.size(); i++) {
            if (stopped.get(i).level() > stopped.get(i - 1).level()) {
                return stopped.size() + " bundles stopped, out of order: " + stopped.get(i).name() + " (level "
                        + stopped.get(i).level() + ") after " + stopped.get(i - 1).name();
            }
        }
        return stopped.size() + " bundles stopped in order, from start level " + stopped.get(0).level() + " down to "
                + stopped.get(stopped.size() - 1).level();
    }
}
