package com.focusflow.health.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Whether the framework has finished starting: its start level is the final one
 * ({@value #BEGINNING}), no bundle is still on its way to ACTIVE and the configuration files in load/ are
 * applied ({@link LoadFolder}; waited for at most {@link #LOAD_PATIENCE} from the final start level, so a file
 * FileInstall cannot read does not hold the start forever). Once finished it stays finished: a later stop or
 * update is a failure to report, not a start.
 */
final class Startup {

    static final String BEGINNING = "org.osgi.framework.startlevel.beginning";
    static final Duration LOAD_PATIENCE = Duration.ofSeconds(30);

    private final BundleContext context;
    private final LoadFolder load;
    private final LongSupplier nanoTime;
    private volatile boolean finished;
    private volatile Long finalLevelSeenAt;

    /** @param nanoTime the monotonic clock the patience for load/ is measured with */
    Startup(BundleContext context, LongSupplier nanoTime) {
        this.context = context;
        this.load = new LoadFolder(context);
        this.nanoTime = nanoTime;
    }

    boolean finished() {
        return finished;
    }

    /** Marks the start finished once {@code everythingSatisfied} holds too. */
    void finishIf(boolean everythingSatisfied) {
        if (!finished && everythingSatisfied && waitingFor().isEmpty()) {
            finished = true;
        }
    }

    /** What the start still waits for, in words; empty once the framework has started. */
    List<String> waitingFor() {
        List<String> waiting = new ArrayList<>();
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        int target = beginning();
        int level = system.adapt(FrameworkStartLevel.class).getStartLevel();
        if (system.getState() != Bundle.ACTIVE || level < target) {
            waiting.add("framework start level " + level + " of " + target);
        } else if (loadFolderStillAwaited()) {
            List<String> pending = load.pendingConfigurations();
            if (!pending.isEmpty()) {
                waiting.add("load/ not applied yet: " + String.join(", ", pending));
            }
        }
        for (Bundle bundle : context.getBundles()) {
            notStartedYet(bundle).ifPresent(waiting::add);
        }
        return waiting;
    }

    private boolean loadFolderStillAwaited() {
        long now = nanoTime.getAsLong();
        Long seen = finalLevelSeenAt;
        if (seen == null) {
            finalLevelSeenAt = now;
            return true;
        }
        return now - seen < LOAD_PATIENCE.toNanos();
    }

    private static Optional<String> notStartedYet(Bundle bundle) {
        boolean lazy = Constants.ACTIVATION_LAZY.equals(bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY));
        if (bundle.getState() == Bundle.STARTING && !lazy) {
            return Optional.of("bundle " + bundle.getSymbolicName() + " is STARTING");
        }
        return Optional.empty();
    }

    private int beginning() {
        try {
            String value = context.getProperty(BEGINNING);
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
