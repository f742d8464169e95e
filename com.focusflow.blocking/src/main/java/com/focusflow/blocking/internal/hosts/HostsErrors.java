package com.focusflow.blocking.internal.hosts;

import java.nio.file.Path;
import java.util.Locale;

import com.focusflow.api.FocusFlowException;
import com.focusflow.hosts.HostsException;

/**
 * The hosts library's failures as FocusFlow errors, with what to do. FocusFlow never asks a user to make
 * the hosts file or its folder writable (any program of theirs could then redirect any name): without
 * write access it uses the privileged helper, and says how to install it.
 */
final class HostsErrors {

    private HostsErrors() {
    }

    static FocusFlowException of(HostsException e, Path file) {
        return switch (e.kind()) {
            case PERMISSION_DENIED -> permissionDenied(file, e.getMessage());
            case NOT_FOUND -> FocusFlowException.io(e, "%s; set the right path in the configuration "
                    + "com.focusflow.blocking.hosts (property path)", e.getMessage());
            case INVALID_NAME -> FocusFlowException.invalidInput("%s", e.getMessage());
            case IO -> FocusFlowException.io(e, "%s", e.getMessage());
        };
    }

    /** FocusFlow may not write {@code file} and no helper answers. */
    static FocusFlowException permissionDenied(Path file, String why) {
        return FocusFlowException.permissionDenied("Website blocking needs permission to change %s: %s. %s App "
                + "blocking keeps working meanwhile.", file, why, steps());
    }

    /** How to get website blocking without weakening the machine, per platform. */
    static String steps() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "Run FocusFlow as administrator to block websites (there is no helper for Windows yet); do not "
                    + "change the permissions of the etc folder.";
        }
        return "Install FocusFlow's helper once, which keeps only FocusFlow's block in the hosts file and nothing "
                + "else: from a source build, sudo run/install-helper (packages install it themselves). Do not make "
                + "the hosts file or its folder writable for your user.";
    }
}
