package com.focusflow.blocking.internal.list;

import com.focusflow.api.FocusFlowException;
import com.focusflow.hosts.HostNames;
import com.focusflow.hosts.HostsException;

/** The hosts library's host-name rule ({@link HostNames}) with FocusFlow's error: {@code INVALID_INPUT}. */
public final class Websites {

    private Websites() {
    }

    /**
     * The stored form of a website: its lower-case ASCII apex host name.
     *
     * @throws FocusFlowException {@code INVALID_INPUT} saying why it is not a host name
     */
    public static String normalize(String raw) {
        try {
            return HostNames.normalize(raw);
        } catch (HostsException e) {
            throw FocusFlowException.invalidInput("%s", e.getMessage());
        }
    }
}
