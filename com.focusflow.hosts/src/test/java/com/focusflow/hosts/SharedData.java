package com.focusflow.hosts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's shared test data ({@code ../shared/data} beside the repository). */
final class SharedData {

    private SharedData() {
    }

    /** The 93k-line adlist hosts file; read it only, copy it before writing. */
    static Optional<Path> adlistHosts() {
        String configured = System.getProperty("focusflow.adlist");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isReadable);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/hosts/adlist-hosts");
            if (Files.isReadable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
