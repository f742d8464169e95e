package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * The start levels in force are those of cnf/runtime.bnd's {@code -runbundles+} decorations, not the uniform 10
 * the resolved {@code -runbundles} of run/focusflow.bndrun and itest.bndrun show (the resolver writes
 * {@code -runstartlevel}'s level for every bundle; bnd applies the decorations when it launches or exports).
 */
class StartLevelsTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void loggingComesFirstThenTheRuntimeThenJettyTheJpaProviderAndFileInstall() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0) {
                levels.put(bundle.getSymbolicName(), bundle.adapt(BundleStartLevel.class).getStartLevel());
            }
        }

        assertThat(levels).containsEntry("org.objectweb.asm", 1).containsEntry("org.objectweb.asm.commons", 1)
                .containsEntry("org.apache.aries.spifly.dynamic.bundle", 2).containsEntry("slf4j.api", 3)
                .containsEntry("ch.qos.logback.classic", 3).containsEntry("ch.qos.logback.core", 3)
                .containsEntry("org.apache.felix.http.jetty12", 11)
                .containsEntry("org.apache.aries.jpa.eclipselink.adapter", 12)
                .containsEntry("org.apache.felix.fileinstall", 13);
        RuntimeTest.FOCUSFLOW_BUNDLES.forEach(bsn -> assertThat(levels).as(bsn).containsEntry(bsn, 10));
        assertThat(levels).containsEntry("org.apache.felix.scr", 10).containsEntry("org.apache.felix.configadmin", 10);
        assertThat(context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel()).isEqualTo(20);
    }
}
