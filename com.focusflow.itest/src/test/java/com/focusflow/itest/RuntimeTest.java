package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;

/** The assembled runtime: every FocusFlow bundle active, every component satisfied, health UP. */
class RuntimeTest {

    static final List<String> FOCUSFLOW_BUNDLES = List.of("com.focusflow.api", "com.focusflow.http", "com.focusflow.health",
            "com.focusflow.deploy", "com.focusflow.persistence", "com.focusflow.session", "com.focusflow.blocking",
            "com.focusflow.analytics", "com.focusflow.sync", "com.focusflow.ui", "com.focusflow.console", "com.focusflow.config");

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyFocusFlowBundleIsInstalledOnceAndActive() {
        for (String bsn : FOCUSFLOW_BUNDLES) {
            List<Bundle> named = Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).toList();
            assertThat(named).as(bsn).hasSize(1);
            assertThat(named.get(0).getState()).as(bsn + " state").isEqualTo(Bundle.ACTIVE);
        }
    }

    /**
     * Polled: the tests share one framework, and a test before this one may just have changed a configuration
     * or updated a bundle, which re-creates components for a moment.
     */
    @Test
    void noFocusFlowComponentIsUnsatisfied(@InjectService(timeout = 10_000) ServiceComponentRuntime scr) throws Exception {
        Bundle[] ours = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("com.focusflow.")).toArray(Bundle[]::new);
        assertThat(scr.getComponentDescriptionDTOs(ours)).as("FocusFlow components").isNotEmpty();
        Poll.until(Duration.ofSeconds(20), "every FocusFlow component satisfied", () -> {
            List<String> unsatisfied = unsatisfied(scr, ours);
            if (!unsatisfied.isEmpty()) {
                throw new IllegalStateException("unsatisfied: " + unsatisfied);
            }
            return true;
        });
    }

    private static List<String> unsatisfied(ServiceComponentRuntime scr, Bundle[] bundles) {
        List<String> names = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundles)) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state != ComponentConfigurationDTO.SATISFIED && c.state != ComponentConfigurationDTO.ACTIVE) {
                    names.add(d.name + " (state " + c.state + ", failure: " + c.failure + ")");
                }
            }
        }
        return names;
    }

    /** Polled: health is STARTING until the framework and every FocusFlow component are ready, then UP. */
    @Test
    void healthIsUpAndListsEveryFocusFlowBundle(@InjectService(timeout = 10_000) HealthService health) throws Exception {
        var report = Poll.until(Duration.ofSeconds(20), "health no longer STARTING",
                () -> health.report().status() == HealthStatus.STARTING ? null : health.report());
        assertThat(report.status()).as(report.toString()).isEqualTo(HealthStatus.UP);
        assertThat(report.items()).extracting(i -> i.name())
                .containsAll(FOCUSFLOW_BUNDLES.stream().map(b -> "bundle " + b).toList());
    }
}
