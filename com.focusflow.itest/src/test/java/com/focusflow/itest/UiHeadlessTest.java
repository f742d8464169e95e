package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.notify.Notifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The UI bundle in a headless run (focusflow.headless, no JavaFX on the class path): active, healthy, it
 * says once why there is no window, and its window component is disabled rather than unsatisfied. It carries the
 * themes the window would load.
 */
class UiHeadlessTest {
    @InjectBundleContext
    BundleContext context;

    @Test
    void healthSaysWhyThereIsNoWindowAndStaysUp(@InjectService(timeout = 10_000) HealthService health) {
        HealthItem ui = health.report().items().stream().filter(i -> i.name().equals("ui")).findFirst().orElseThrow();

        assertThat(ui.status()).isEqualTo(HealthStatus.UP);
        assertThat(ui.message()).isEqualTo("no window: started with --headless");
    }

    @Test
    void theWindowComponentIsDisabledNotUnsatisfiedAndRegistersNoNotifier(
            @InjectService(timeout = 10_000) ServiceComponentRuntime scr) throws Exception {
        Bundle ui = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("com.focusflow.ui"))
                .findFirst().orElseThrow();
        assertThat(ui.getState()).isEqualTo(Bundle.ACTIVE);
        ComponentDescriptionDTO window = scr.getComponentDescriptionDTO(ui, "com.focusflow.ui.window");

        assertThat(window).isNotNull();
        assertThat(scr.isComponentEnabled(window)).isFalse();
        assertThat(scr.getComponentConfigurationDTOs(window)).isEmpty();
        for (String theme : new String[] {"light", "dark"}) { // the text and the binary form JavaFX loads instead
            assertThat(ui.getEntry("atlantafx/base/theme/primer-" + theme + ".css")).as(theme + " .css").isNotNull();
            assertThat(ui.getEntry("atlantafx/base/theme/primer-" + theme + ".bss")).as(theme + " .bss").isNotNull();
        }
        for (ServiceReference<Notifier> notifier : context.getServiceReferences(Notifier.class, null)) {
            assertThat(notifier.getBundle().getSymbolicName()).isNotEqualTo("com.focusflow.ui");
        }
    }
}
