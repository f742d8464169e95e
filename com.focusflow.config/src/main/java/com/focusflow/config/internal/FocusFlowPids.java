package com.focusflow.config.internal;

/** Which configurations the guard, the binding and {@code focus:config} look after: FocusFlow's own. */
final class FocusFlowPids {

    static final String PREFIX = "com.focusflow.";

    private FocusFlowPids() {
    }

    /** Whether {@code pid} (or, for a factory configuration, its factory PID) is FocusFlow's. */
    static boolean isFocusFlows(String factoryPid, String pid) {
        String name = factoryPid != null ? factoryPid : pid;
        return name != null && name.startsWith(PREFIX);
    }
}
