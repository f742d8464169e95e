package com.focusflow.api.blocking;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The blocking state. While enabled, blocking engages when a focus or custom session starts (or resumes
 * after a restart) and disengages when it ends. The state survives restarts and updates of the blocking
 * bundle.
 */
@ProviderType
public interface BlockingService {
    /** Whether blocking is enabled (persisted). Enabled is not engaged: that needs a running session. */
    boolean isEnabled();

    /**
     * Enables or disables blocking, persists the choice and engages or disengages at once if a session
     * runs; posts {@link BlockingTopics#ENABLED_CHANGED} if the value changed.
     *
     * @return the status after the change
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_SESSION} when disabling during a strict
     *         session (strict mode would be pointless otherwise); {@code DATABASE}
     */
    BlockingStatus setEnabled(boolean enabled);

    /** Enabled and engaged flags plus the health of each registered {@link Blocker}. */
    BlockingStatus status();
}
