package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

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

    static final List<String> FOCUSFLOW_BUNDLES = List.of("com.focusflow.api", "com.focusflow.http",
            "com.focusflow.deploy", "com.focusflow.persistence", "com.focusflow.session", "com.focusflow.blocking",
            "com.focusflow.analytics", "com.focusflow.sync", "com.focusflow.ui", "com.focusflow.console");

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

    @Test
    void noFocusFlowComponentIsUnsatisfied(@InjectService(timeout = 10_000) ServiceComponentRuntime scr) {
        Bundle[] ours = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("com.focusflow.")).toArray(Bundle[]::new);
        List<ComponentDescriptionDTO> descriptions = List.copyOf(scr.getComponentDescriptionDTOs(ours));
        assertThat(descriptions).as("FocusFlow components").isNotEmpty();
        for (ComponentDescriptionDTO d : descriptions) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                assertThat(c.state).as(d.name + " (failure: " + c.failure + ")")
                        .isIn(ComponentConfigurationDTO.SATISFIED, ComponentConfigurationDTO.ACTIVE);
            }
        }
    }

    @Test
    void healthIsUpAndListsEveryFocusFlowBundle(@InjectService(timeout = 10_000) HealthService health) {
        var report = health.report();
        assertThat(report.status()).as(report.toString()).isEqualTo(HealthStatus.UP);
        assertThat(report.items()).extracting(i -> i.name())
                .containsAll(FOCUSFLOW_BUNDLES.stream().map(b -> "bundle " + b).toList());
    }
}
