package com.focusflow.api.blocking;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way of blocking, registered as an OSGi service (whiteboard): the hosts-file website blocker, the
 * process watcher, any future blocker. The blocking bundle calls {@link #engage} while blocking is
 * engaged and {@link #disengage} when it ends; it also engages a blocker that appears while blocking is
 * engaged (e.g. after the blocker's bundle was updated), so a blocker needs no state of its own to
 * resume.
 *
 * <p>Across a bundle update a blocker keeps its block in place (no gap), but when its bundle is stopped
 * for good or uninstalled it removes what it put in place. Methods are called from one thread at a time
 * and must return within about a second: long-running work belongs on the blocker's own thread.
 */
@ConsumerType
public interface Blocker {
    /** A short, stable name such as {@code "hosts"} or {@code "processes"}; unique among blockers. */
    String name();

    /**
     * Blocks exactly {@code set}, replacing what was blocked before. Idempotent: called again on every
     * block-list change and whenever the blocking bundle re-engages; the same set twice changes nothing.
     *
     * @throws com.focusflow.api.FocusFlowException {@code PERMISSION_DENIED} (with the steps to grant it)
     *         or {@code IO} if it cannot block; the other blockers go on and {@link #health()} should
     *         report the problem
     */
    void engage(BlockSet set);

    /** Stops blocking and undoes what {@link #engage} put in place. Idempotent; must not throw. */
    void disengage();

    /** The blocker's current health; cheap, must not throw. */
    BlockerHealth health();
}
