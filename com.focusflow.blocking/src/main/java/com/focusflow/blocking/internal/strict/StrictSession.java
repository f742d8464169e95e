package com.focusflow.blocking.internal.strict;

import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;

/**
 * The rule of a strict session inside FocusFlow: the block list may grow but not shrink. Every service
 * that could shrink it (removing or disabling an item, turning blocking off, an import that disables
 * items) asks {@link #refuseDuring} first, so the API, the shell, the console, the window and imports all
 * obey the same rule.
 */
@Component(service = StrictSession.class)
public final class StrictSession {

    /** For tests and for a FocusFlow without sessions: never strict. */
    public static final StrictSession NONE = new StrictSession(Optional::empty);

    private volatile Supplier<Optional<Session>> active;

    public StrictSession() {
        this.active = Optional::empty;
    }

    /** @param active the running session, as {@link SessionService#active()} gives it */
    public StrictSession(Supplier<Optional<Session>> active) {
        this.active = active;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSessions(SessionService sessions) {
        active = sessions::active;
    }

    void unbindSessions(SessionService sessions) {
        active = Optional::empty;
    }

    /**
     * @param action what was asked, e.g. "Removing a block-list item"
     * @throws FocusFlowException {@code INVALID_SESSION} with the time left while a strict session runs
     */
    public void refuseDuring(String action) {
        Optional<Session> session;
        try {
            session = active.get();
        } catch (RuntimeException e) {
            return; // sessions unavailable: nothing is known to be strict
        }
        session.filter(s -> s.strict() && s.active()).ifPresent(s -> {
            long left = s.remainingSeconds() == null ? 0 : Math.max(0, s.remainingSeconds());
            throw FocusFlowException.invalidSession("%s is not possible during a strict session: the block list may "
                    + "grow but not shrink until it ends, in %d min %02d s", action, left / 60, left % 60);
        });
    }
}
