package com.focusflow.api.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    @Test
    void aPlanPredictsWithoutApplyingAndAppliesEachTimeItIsAsked() {
        AtomicInteger applied = new AtomicInteger();
        ImportPlan plan = ImportPlan.of(new SectionReport(2, 1, 0), () -> {
            applied.incrementAndGet();
            return new SectionReport(1, 1, 1);
        });

        assertThat(plan.report()).isEqualTo(new SectionReport(2, 1, 0));
        assertThat(applied).hasValue(0);
        assertThat(plan.apply()).isEqualTo(new SectionReport(1, 1, 1));
        assertThat(applied).hasValue(1);
    }

    @Test
    void aReportCountsWhatChanged() {
        assertThat(new SectionReport(2, 3, 7).changed()).isEqualTo(5);
        assertThat(new SectionReport(0, 0, 7).changed()).isZero();
    }
}
