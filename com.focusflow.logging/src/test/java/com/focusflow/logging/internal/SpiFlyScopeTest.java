package com.focusflow.logging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.launch.Framework;

/** The hooks in a real Felix: SPI Fly's bundle context neither finds Jetty's bundle nor hears of it; others do. */
class SpiFlyScopeTest {

    @TempDir
    Path storage;
    Framework framework;
    Bundle spiFly;
    Bundle other;

    @BeforeEach
    void framework() throws Exception {
        framework = new FrameworkFactory().newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        new SpiFlyScopeActivator().start(framework.getBundleContext());
        spiFly = install(SpiFlyScope.SPI_FLY);
        other = install("some.other.bundle");
        spiFly.start();
        other.start();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void spiFlyDoesNotFindJettyOthersDo() throws Exception {
        Bundle jetty = install("org.apache.felix.http.jetty12");
        Bundle logback = install("ch.qos.logback.classic");

        assertThat(names(spiFly.getBundleContext().getBundles())).contains("ch.qos.logback.classic", "some.other.bundle")
                .doesNotContain("org.apache.felix.http.jetty12");
        assertThat(spiFly.getBundleContext().getBundle(jetty.getBundleId())).isNull();
        assertThat(spiFly.getBundleContext().getBundle(logback.getBundleId())).isNotNull();
        assertThat(names(other.getBundleContext().getBundles())).contains("org.apache.felix.http.jetty12");
    }

    @Test
    void spiFlyHearsNothingOfJettyOthersDo() throws Exception {
        List<String> heardBySpiFly = new CopyOnWriteArrayList<>();
        List<String> heardByOther = new CopyOnWriteArrayList<>();
        // synchronous listeners (as SPI Fly's bundle tracker uses): called before installBundle returns
        spiFly.getBundleContext().addBundleListener(
                (SynchronousBundleListener) e -> heardBySpiFly.add(name(e)));
        other.getBundleContext().addBundleListener(
                (SynchronousBundleListener) e -> heardByOther.add(name(e)));

        install("org.apache.felix.http.jetty12").start();
        install("slf4j.api").start();

        assertThat(heardByOther).contains("org.apache.felix.http.jetty12 INSTALLED", "org.apache.felix.http.jetty12 STARTED",
                "slf4j.api INSTALLED", "slf4j.api STARTED");
        assertThat(heardBySpiFly).contains("slf4j.api INSTALLED", "slf4j.api STARTED")
                .noneMatch(event -> event.startsWith("org.apache.felix.http.jetty12"));
    }

    private Bundle install(String symbolicName) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        manifest.getMainAttributes().putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        new JarOutputStream(jar, manifest).close();
        return framework.getBundleContext().installBundle(symbolicName, new ByteArrayInputStream(jar.toByteArray()));
    }

    private static List<String> names(Bundle[] bundles) {
        return Arrays.stream(bundles).map(Bundle::getSymbolicName).toList();
    }

    private static String name(BundleEvent event) {
        String type = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.STARTED -> "STARTED";
            default -> Integer.toString(event.getType());
        };
        return event.getBundle().getSymbolicName() + " " + type;
    }
}
