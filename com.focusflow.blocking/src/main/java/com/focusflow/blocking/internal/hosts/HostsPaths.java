package com.focusflow.blocking.internal.hosts;

import java.nio.file.Path;

/** Where the system's hosts file is. */
final class HostsPaths {

    private HostsPaths() {
    }

    /** The configured path, else the one given by the framework property, else the system's. */
    static Path choose(String configured, String property) {
        for (String candidate : new String[] { configured, property }) {
            if (candidate != null && !candidate.isBlank()) {
                return Path.of(candidate.strip());
            }
        }
        return systemDefault();
    }

    static Path systemDefault() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            String root = System.getenv("SystemRoot");
            return Path.of(root == null ? "C:\\Windows" : root, "System32", "drivers", "etc", "hosts");
        }
        return Path.of("/etc/hosts");
    }
}
