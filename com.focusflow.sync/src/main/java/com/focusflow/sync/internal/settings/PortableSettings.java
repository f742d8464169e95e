package com.focusflow.sync.internal.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.focusflow.support.log.LogText;

/**
 * The configured list of portable settings: entries {@code pid} (every attribute the PID's Metatype declares)
 * or {@code pid#attribute} (only the named ones). A malformed entry is logged and ignored.
 */
final class PortableSettings {

    static final Pattern PID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Logger LOG = LoggerFactory.getLogger(PortableSettings.class);

    /** Attribute names by PID, sorted; an empty set means every declared attribute. */
    private final Map<String, Set<String>> attributes;

    PortableSettings(String... entries) {
        Map<String, Set<String>> parsed = new TreeMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            String[] parts = entry.strip().split("#", -1);
            if (parts.length > 2 || !PID.matcher(parts[0]).matches()
                    || (parts.length == 2 && !ATTRIBUTE.matcher(parts[1]).matches())) {
                LOG.warn("Portable setting '{}' ignored: use a PID or PID#attribute", LogText.escape(entry));
                continue;
            }
            Set<String> names = parsed.get(parts[0]);
            if (parts.length == 1 || (names != null && names.isEmpty())) {
                parsed.put(parts[0], Set.of());
            } else {
                parsed.computeIfAbsent(parts[0], p -> new TreeSet<>()).add(parts[1]);
            }
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(parsed));
    }

    /** The portable PIDs, sorted. */
    Set<String> pids() {
        return attributes.keySet();
    }

    /** Whether {@code attribute} of {@code pid} travels. */
    boolean portable(String pid, String attribute) {
        Set<String> names = attributes.get(pid);
        return names != null && (names.isEmpty() || names.contains(attribute));
    }
}
