package com.focusflow.session.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps Felix's shell commands first for names without a scope: {@code stop 0} stops the framework,
 * {@code start 5} starts bundle 5, as every Felix user expects, while FocusFlow's own commands keep their
 * scoped names ({@code focus:start}, {@code focus:stop}). Gogo resolves a bare name along the session's
 * {@code SCOPE} path; its stock profile sets {@code gogo:*}, where {@code *} picks whichever
 * {@code *:stop} it meets first, often {@code focus:stop}.
 */
@Component
public final class ShellScope implements CommandSessionListener {

    static final String VARIABLE = "SCOPE";
    static final String FELIX_FIRST = "gogo:felix:*";

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        Object scope = session.get(VARIABLE);
        // Only the defaults are replaced: a SCOPE the user set on purpose stays.
        if (scope == null || "*".equals(scope) || "gogo:*".equals(scope)) {
            session.put(VARIABLE, FELIX_FIRST);
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
        // nothing to do after a command
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
        // nothing to do after a command
    }
}
