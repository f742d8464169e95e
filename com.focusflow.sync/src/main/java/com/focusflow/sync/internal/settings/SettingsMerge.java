package com.focusflow.sync.internal.settings;

/**
 * How an imported configuration meets the local one: last writer wins, by the time the portable values
 * changed. A setting never changed here has its defaults and loses to any imported change. On the same
 * instant the values whose canonical JSON sorts last win, so two machines that exchange exports both ways
 * end with the same values whatever the order.
 */
final class SettingsMerge {

    /** What an import does with one configuration. */
    enum Outcome {
        /** Values for a setting never changed here. */
        ADD,
        /** Newer values replace the local ones. */
        UPDATE,
        /** Same values, changed later elsewhere: only the time is taken over, so both sides agree on it. */
        ADOPT_TIME,
        /** The local values are as new or newer. */
        KEEP
    }

    private SettingsMerge() {
    }

    /**
     * @param local what is recorded here, or null if the setting never changed here
     * @param incoming the imported values and their change time
     */
    static Outcome decide(SettingState local, SettingState incoming) {
        if (local == null) {
            return incoming.values().equals(SettingsJson.DEFAULTS) ? Outcome.ADOPT_TIME : Outcome.ADD;
        }
        int order = incoming.changedAt().compareTo(local.changedAt());
        boolean same = incoming.values().equals(local.values());
        if (order > 0) {
            return same ? Outcome.ADOPT_TIME : Outcome.UPDATE;
        }
        return order == 0 && !same && incoming.values().compareTo(local.values()) > 0 ? Outcome.UPDATE : Outcome.KEEP;
    }
}
