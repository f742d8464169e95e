package com.focusflow.blocking.internal.process;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the cheapest correct source for this OS, or the configured one. */
public final class ProcessSources {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessSources.class);

    private ProcessSources() {
    }

    /**
     * @param wanted {@code auto}, {@code proc}, {@code jdk} or {@code oshi}; {@code auto} is {@code /proc}
     *        on Linux and the JDK elsewhere
     */
    public static ProcessSource create(String wanted) {
        return create(wanted, List.of());
    }

    /** The same; {@code users}: as root, whose apps to close ({@link Owners}). */
    public static ProcessSource create(String wanted, List<String> users) {
        String choice = wanted == null ? "auto" : wanted.strip().toLowerCase(Locale.ROOT);
        if (choice.equals("oshi")) {
            try {
                return new OshiProcessSource(users);
            } catch (LinkageError | RuntimeException e) {
                LOG.warn("OSHI is not available ({}); watching processes through the JDK instead", e.toString());
                return new JdkProcessSource(users);
            }
        }
        if (choice.equals("jdk") || !ProcFsSource.available()) {
            return new JdkProcessSource(users);
        }
        return new ProcFsSource(users);
    }
}
