package com.focusflow.api.blocking;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A request to keep blocking engaged, registered as an OSGi service (whiteboard) for as long as the block
 * is wanted, e.g. by the schedule bundle while a schedule's window is open. While blocking is enabled and at
 * least one request is registered (or a blocking session runs), every {@link Blocker} is engaged; when the
 * last one goes away with no session running, they are disengaged. A bundle that stops takes its requests
 * with it, so a block can never outlive the code that asked for it.
 */
@ConsumerType
public interface BlockingRequest {
    /**
     * Why blocking is requested; constant for the service's lifetime (register a new one to change it).
     * A strict reason refuses {@link BlockingService#setEnabled(boolean) setEnabled(false)} until its
     * {@link BlockingReason#until()}.
     */
    BlockingReason reason();
}
