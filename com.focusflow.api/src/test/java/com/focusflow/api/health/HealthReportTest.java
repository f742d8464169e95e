package com.focusflow.api.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void worstStatusWins() {
        assertThat(HealthStatus.UP.worst(HealthStatus.DEGRADED)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(HealthStatus.DOWN.worst(HealthStatus.DEGRADED)).isEqualTo(HealthStatus.DOWN);
        assertThat(HealthStatus.DEGRADED.worst(null)).isEqualTo(HealthStatus.DEGRADED);

        HealthReport report = HealthReport.of(List.of(
                HealthItem.up("bundle com.focusflow.session"),
                new HealthItem("blocking.hosts", HealthStatus.DEGRADED, "no permission to write the hosts file"),
                HealthItem.up("ui")));

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.items()).hasSize(3);
    }

    @Test
    void noItemsIsUp() {
        assertThat(HealthReport.of(List.of()).status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void aStartingReportIsStartingWhateverItsItems() {
        HealthReport report = HealthReport.starting(List.of(HealthItem.up("bundle com.focusflow.session")));

        assertThat(report.status()).isEqualTo(HealthStatus.STARTING);
        assertThat(report.items()).hasSize(1);
    }
}
