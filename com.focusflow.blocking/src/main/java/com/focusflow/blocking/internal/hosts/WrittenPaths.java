package com.focusflow.blocking.internal.hosts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.hosts.HostsException;
import com.focusflow.hosts.HostsFile;

/**
 * Every hosts file FocusFlow wrote a block to, in the bundle's data area. If the configured path changes
 * while FocusFlow is down mid-session, the block in the old file would otherwise stay there for good:
 * at start every remembered file other than the current one is cleaned up.
 */
final class WrittenPaths {

    private static final Logger LOG = LoggerFactory.getLogger(WrittenPaths.class);

    private final Path file;

    WrittenPaths(Path file) {
        this.file = file;
    }

    synchronized void add(Path hosts) {
        Set<String> paths = read();
        if (paths.add(hosts.toAbsolutePath().toString())) {
            write(paths);
        }
    }

    /** Removes FocusFlow's block from every remembered file but {@code current}, and forgets those it cleaned. */
    synchronized void cleanAllBut(Path current) {
        Set<String> paths = read();
        Set<String> kept = new LinkedHashSet<>();
        for (String path : paths) {
            if (path.equals(current.toAbsolutePath().toString())) {
                kept.add(path);
                continue;
            }
            try {
                if (new HostsFile(Path.of(path)).remove()) {
                    LOG.info("Removed the FocusFlow block left in {}, which is no longer the configured hosts file", path);
                }
            } catch (HostsException e) {
                LOG.warn("Cannot remove the FocusFlow block left in {}: {}", path, e.getMessage());
                kept.add(path);
            }
        }
        if (!kept.equals(paths)) {
            write(kept);
        }
    }

    private Set<String> read() {
        try {
            return Files.exists(file) ? new LinkedHashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new LinkedHashSet<>();
        } catch (IOException e) {
            return new LinkedHashSet<>();
        }
    }

    private void write(Set<String> paths) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, paths, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.debug("Cannot remember the hosts files written: {}", e.toString());
        }
    }
}
