package com.focusflow.blocking.internal.hosts;

import java.nio.file.Path;

/**
 * The hosts blocker's configuration, resolved.
 *
 * @param helperSocket the helper's socket, or null for no helper
 */
record HostsSettings(Path path, int checkSeconds, boolean flushDns, Path helperSocket) {

    static final String DEFAULT_HELPER_SOCKET = "/run/focusflow/helper.sock";

    static HostsSettings of(HostsConfig config, String pathProperty) {
        String socket = config.helperSocket() == null ? "" : config.helperSocket().strip();
        if (socket.equals(DEFAULT_HELPER_SOCKET) && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac")) {
            socket = "/var/run/focusflow/helper.sock"; // macOS has no /run (see the launchd plist)
        }
        return new HostsSettings(HostsPaths.choose(config.path(), pathProperty),
                Math.max(1, Math.min(60, config.checkSeconds())), config.flushDns(),
                socket.isEmpty() ? null : Path.of(socket));
    }
}
