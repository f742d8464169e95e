package com.focusflow.deploy.internal;

import org.osgi.framework.Version;

/** Whether a jar in the load folder should replace the installed bundle of the same name. */
enum UpdateDecision {
    UPDATE,
    /** Never downgrade silently: rolling back is a deliberate act in the Web Console. */
    OLDER,
    /** The same build was applied already (e.g. FileInstall replays the folder after a restart). */
    ALREADY_APPLIED;

    static UpdateDecision of(Version installed, long installedAtMillis, Version offered, long offeredAtMillis) {
        int cmp = offered.compareTo(installed);
        if (cmp < 0) {
            return OLDER;
        }
        if (cmp == 0 && installedAtMillis >= offeredAtMillis) {
            return ALREADY_APPLIED;
        }
        return UPDATE;
    }

    String reason(Version offered) {
        return switch (this) {
            case UPDATE -> "update to " + offered;
            case OLDER -> "the jar's version " + offered + " is older; downgrade through the Web Console if intended";
            case ALREADY_APPLIED -> "version " + offered + " from this jar is already installed";
        };
    }
}
