package com.focusflow.api.sync;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import changed: {@code {"sections": {"sessions": {"added": 3, "updated": 1, "unchanged": 40}}}}.
 *
 * @param sections the report of each imported section by section name, sorted by name
 */
public record ImportReport(Map<String, SectionReport> sections) {
    /** Copies the map, sorted by section name. */
    public ImportReport {
        sections = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(sections, "sections")));
    }
}
