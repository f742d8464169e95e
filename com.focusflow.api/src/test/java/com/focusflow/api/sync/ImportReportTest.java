package com.focusflow.api.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void listsSectionsByNameAndCountsTotals() {
        Map<String, SectionReport> sections = new HashMap<>();
        sections.put("sessions", new SectionReport(3, 1, 40));
        sections.put("blocklist", new SectionReport(0, 2, 5));

        ImportReport report = new ImportReport(sections);
        sections.clear();

        assertThat(report.sections().keySet()).containsExactly("blocklist", "sessions");
        assertThat(report.sections().get("sessions").total()).isEqualTo(44);
    }
}
