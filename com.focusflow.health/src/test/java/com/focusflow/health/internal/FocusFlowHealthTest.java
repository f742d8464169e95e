package com.focusflow.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.Version;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthReport;
import com.focusflow.api.health.HealthStatus;

class FocusFlowHealthTest {

    private final BundleContext context = mock(BundleContext.class);
    private final ServiceComponentRuntime scr = mock(ServiceComponentRuntime.class);
    private final List<Bundle> bundles = new ArrayList<>();
    private final Bundle system = mock(Bundle.class);
    private final FrameworkStartLevel startLevel = mock(FrameworkStartLevel.class);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicLong nanos = new AtomicLong();
    private HealthConfig config = config(2000, 0);
    private FocusFlowHealth health;

    static HealthConfig config(int timeoutMillis, int cacheMillis) {
        return new HealthConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HealthConfig.class;
            }

            @Override
            public int contributorTimeoutMillis() {
                return timeoutMillis;
            }

            @Override
            public int cacheMillis() {
                return cacheMillis;
            }
        };
    }

    @BeforeEach
    void setUp() {
        when(context.getBundles()).thenAnswer(call -> bundles.toArray(Bundle[]::new));
        when(context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)).thenReturn(system);
        when(context.getProperty(Startup.BEGINNING)).thenReturn("20");
        when(system.getState()).thenReturn(Bundle.ACTIVE);
        when(system.adapt(FrameworkStartLevel.class)).thenReturn(startLevel);
        when(startLevel.getStartLevel()).thenReturn(20);
        when(scr.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(List.of());
        health = new FocusFlowHealth(context, scr, config, executor, nanos::get, false);
    }

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    private Bundle bundle(String name, int state, boolean fragment) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getSymbolicName()).thenReturn(name);
        when(bundle.getState()).thenReturn(state);
        when(bundle.getVersion()).thenReturn(new Version(1, 2, 3));
        Hashtable<String, String> headers = new Hashtable<>();
        if (fragment) {
            headers.put("Fragment-Host", "com.focusflow.ui");
        }
        when(bundle.getHeaders("")).thenReturn(headers);
        bundles.add(bundle);
        return bundle;
    }

    private ComponentConfigurationDTO component(String name, int state) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.description = description;
        configuration.state = state;
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[0];
        when(scr.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(List.of(description));
        when(scr.getComponentConfigurationDTOs(description)).thenReturn(List.of(configuration));
        return configuration;
    }

    private static HealthItem item(HealthReport report, String name) {
        return report.items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + name + " in " + report));
    }

    @Test
    void anUninstalledFocusFlowBundleIsDownUntilItIsInstalledAgain() {
        ArgumentCaptor<SynchronousBundleListener> listener = ArgumentCaptor.forClass(SynchronousBundleListener.class);
        verify(context).addBundleListener(listener.capture());
        Bundle blocking = bundle("com.focusflow.blocking", Bundle.ACTIVE, false);
        bundles.remove(blocking);
        listener.getValue().bundleChanged(new BundleEvent(BundleEvent.UNINSTALLED, blocking));
        listener.getValue().bundleChanged(new BundleEvent(BundleEvent.UNINSTALLED, bundle("org.other", Bundle.ACTIVE, false)));

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(item(report, "bundle com.focusflow.blocking").message()).contains("was uninstalled");
        assertThat(report.items()).extracting(HealthItem::name).doesNotContain("bundle org.other");

        bundles.add(blocking);
        listener.getValue().bundleChanged(new BundleEvent(BundleEvent.INSTALLED, blocking));
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void activeFocusFlowBundlesAreUpAndOtherBundlesAreIgnored() {
        bundle("com.focusflow.session", Bundle.ACTIVE, false);
        bundle("com.focusflow.api", Bundle.ACTIVE, false);
        bundle("org.apache.felix.scr", Bundle.RESOLVED, false);

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.items()).extracting(HealthItem::name)
                .containsExactly("bundle com.focusflow.api", "bundle com.focusflow.session");
    }

    @Test
    void resolvedBundleIsDownNamingItsState() {
        bundle("com.focusflow.session", Bundle.RESOLVED, false);

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        HealthItem session = item(report, "bundle com.focusflow.session");
        assertThat(session.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(session.message()).contains("1.2.3").contains("RESOLVED");
    }

    @Test
    void resolvedFragmentIsUp() {
        bundle("com.focusflow.ui.linux", Bundle.RESOLVED, true);

        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void componentWaitingForAReferenceIsDownNamingTheReference() {
        bundle("com.focusflow.http", Bundle.ACTIVE, false);
        ComponentConfigurationDTO configuration = component("com.focusflow.http.internal.Authenticator",
                ComponentConfigurationDTO.ACTIVE);
        health.report(); // started
        configuration.state = ComponentConfigurationDTO.UNSATISFIED_REFERENCE;
        UnsatisfiedReferenceDTO missing = new UnsatisfiedReferenceDTO();
        missing.name = "store";
        missing.target = "(objectClass=com.focusflow.http.internal.CredentialStore)";
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {missing};

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        HealthItem item = item(report, "component com.focusflow.http.internal.Authenticator");
        assertThat(item.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(item.message()).contains("waiting for services").contains("store");
    }

    @Test
    void componentThatFailedToActivateIsDownWithTheFailure() {
        bundle("com.focusflow.http", Bundle.ACTIVE, false);
        component("com.focusflow.http.internal.CredentialStore", ComponentConfigurationDTO.FAILED_ACTIVATION)
                .failure = "java.io.IOException: FOCUSFLOW_PASSWORD must be at least 8 characters";

        HealthItem item = item(health.report(), "component com.focusflow.http.internal.CredentialStore");

        assertThat(item.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(item.message()).contains("FOCUSFLOW_PASSWORD must be at least 8 characters");
    }

    @Test
    void activeComponentIsNotReported() {
        bundle("com.focusflow.http", Bundle.ACTIVE, false);
        component("com.focusflow.http.internal.Authenticator", ComponentConfigurationDTO.ACTIVE);

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(report.items()).extracting(HealthItem::name).containsExactly("bundle com.focusflow.http");
    }

    @Test
    void contributorItemsAreAddedAndTheWorstStatusWins() {
        health.addContributor(() -> List.of(new HealthItem("blocking.hosts", HealthStatus.DEGRADED, "read-only")));
        health.addContributor(() -> List.of(HealthItem.up("ui")));

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(report.items()).extracting(HealthItem::name).containsExactly("blocking.hosts", "ui");
    }

    @Test
    void throwingContributorIsDownAndTheOthersAreStillReported() {
        HealthContributor broken = () -> {
            throw new IllegalStateException("boom");
        };
        health.addContributor(broken);
        health.addContributor(() -> List.of(HealthItem.up("ui")));

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.items()).hasSize(2);
        HealthItem failed = report.items().get(0);
        assertThat(failed.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(failed.message()).contains("boom");
        assertThat(item(report, "ui").status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void removedContributorIsNoLongerAsked() {
        HealthContributor degraded = () -> List.of(new HealthItem("sync", HealthStatus.DEGRADED, "offline"));
        health.addContributor(degraded);
        health.removeContributor(degraded);

        assertThat(health.report().items()).isEmpty();
    }

    @Test
    void startingUntilTheFrameworkHasReachedItsFinalStartLevel() {
        bundle("com.focusflow.session", Bundle.ACTIVE, false);
        when(startLevel.getStartLevel()).thenReturn(12);

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.STARTING);
        assertThat(item(report, "startup").message()).isEqualTo("framework start level 12 of 20");
        when(startLevel.getStartLevel()).thenReturn(20);
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void startingUntilEveryConfigurationFileInLoadIsAConfigurationLinkedToIt(@TempDir Path load) throws Exception {
        Path cfg = Files.writeString(load.resolve("com.focusflow.blocking.process.cfg"), "users=root\n");
        Files.writeString(load.resolve("notes.txt"), "not FileInstall's");
        when(context.getProperty(LoadFolder.DIR)).thenReturn(load.toString());
        when(context.getProperty(LoadFolder.FILTER)).thenReturn(".*\\.(jar|cfg|config)");
        ConfigurationAdmin admin = configurationAdmin();
        when(admin.listConfigurations("(" + LoadFolder.FILE_LINK + "=*)")).thenReturn(null);

        HealthReport before = health.report();

        assertThat(before.status()).isEqualTo(HealthStatus.STARTING);
        assertThat(item(before, "startup").message()).isEqualTo("load/ not applied yet: com.focusflow.blocking.process.cfg");
        Configuration applied = mock(Configuration.class);
        when(applied.getProperties()).thenReturn(new Hashtable<>(Map.of(LoadFolder.FILE_LINK, cfg.toUri().toString())));
        when(admin.listConfigurations("(" + LoadFolder.FILE_LINK + "=*)")).thenReturn(new Configuration[] { applied });
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void aConfigurationFileFileInstallNeverAppliesHoldsTheStartOnlyForItsPatience(@TempDir Path load) throws Exception {
        Files.writeString(load.resolve("broken.cfg"), "x");
        when(context.getProperty(LoadFolder.DIR)).thenReturn(load.toString());
        when(configurationAdmin().listConfigurations("(" + LoadFolder.FILE_LINK + "=*)")).thenReturn(null);

        assertThat(health.report().status()).isEqualTo(HealthStatus.STARTING);
        nanos.addAndGet(Startup.LOAD_PATIENCE.toNanos() - 1);
        assertThat(health.report().status()).isEqualTo(HealthStatus.STARTING);
        nanos.addAndGet(1);
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @SuppressWarnings("unchecked")
    private ConfigurationAdmin configurationAdmin() {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        ServiceReference<ConfigurationAdmin> reference = mock(ServiceReference.class);
        when(context.getServiceReference(ConfigurationAdmin.class)).thenReturn(reference);
        when(context.getService(reference)).thenReturn(admin);
        return admin;
    }

    @Test
    void startingWhileAnyBundleIsStillStartingButNotALazyOne() {
        Bundle fileInstall = bundle("org.apache.felix.fileinstall", Bundle.STARTING, false);
        Bundle lazy = bundle("org.example.lazy", Bundle.STARTING, false);
        when(lazy.getHeaders("")).thenReturn(new Hashtable<>(Map.of(Constants.BUNDLE_ACTIVATIONPOLICY,
                Constants.ACTIVATION_LAZY)));

        assertThat(health.report().items()).extracting(HealthItem::message)
                .containsExactly("bundle org.apache.felix.fileinstall is STARTING");
        when(fileInstall.getState()).thenReturn(Bundle.ACTIVE);
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void startingUntilEveryComponentIsSatisfiedOnceThenAnUnsatisfiedOneIsDown() {
        bundle("com.focusflow.session", Bundle.ACTIVE, false);
        ComponentConfigurationDTO store = component("com.focusflow.session.internal.SessionStore",
                ComponentConfigurationDTO.UNSATISFIED_REFERENCE);

        HealthReport starting = health.report();
        assertThat(starting.status()).isEqualTo(HealthStatus.STARTING);
        assertThat(item(starting, "component com.focusflow.session.internal.SessionStore").message())
                .contains("waiting for services");

        store.state = ComponentConfigurationDTO.ACTIVE;
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
        store.state = ComponentConfigurationDTO.UNSATISFIED_REFERENCE;
        assertThat(health.report().status()).isEqualTo(HealthStatus.DOWN);
    }

    @Test
    void aComponentThatMayWaitIsUpWhileItWaits() {
        bundle("com.focusflow.ui", Bundle.ACTIVE, false);
        component("com.focusflow.ui.window", ComponentConfigurationDTO.UNSATISFIED_REFERENCE)
                .description.properties = Map.of(FocusFlowHealth.MAY_WAIT, "true");

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.UP);
        assertThat(item(report, "component com.focusflow.ui.window").message()).contains("waiting for services");
    }

    @Test
    void aContributorThatDoesNotAnswerInTimeIsDownAndHoldsNothingUp() {
        health.modified(config(50, 0));
        CountDownLatch never = new CountDownLatch(1);
        health.addContributor(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(HealthItem.up("never"));
        });
        health.addContributor(() -> List.of(HealthItem.up("ui")));

        HealthReport report = health.report();

        assertThat(report.status()).isEqualTo(HealthStatus.DOWN);
        assertThat(report.items()).extracting(HealthItem::message).anyMatch(m -> m != null && m.contains("within 50 ms"));
        assertThat(item(report, "ui").status()).isEqualTo(HealthStatus.UP);
        never.countDown();
    }

    @Test
    void aReportIsReusedForTheCacheTimeUnlessABundleChanges() {
        health.modified(config(2000, 500));
        ArgumentCaptor<SynchronousBundleListener> listener = ArgumentCaptor.forClass(SynchronousBundleListener.class);
        verify(context).addBundleListener(listener.capture());
        Bundle session = bundle("com.focusflow.session", Bundle.ACTIVE, false);
        HealthReport first = health.report();

        when(session.getState()).thenReturn(Bundle.RESOLVED);
        nanos.addAndGet(499_000_000L);
        assertThat(health.report()).isSameAs(first);
        nanos.addAndGet(1_000_000L);
        assertThat(health.report().status()).isEqualTo(HealthStatus.DOWN);

        when(session.getState()).thenReturn(Bundle.ACTIVE);
        listener.getValue().bundleChanged(new BundleEvent(BundleEvent.STARTED, session));
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }

    @Test
    void aPartThatIsStillGettingReadyKeepsTheStartGoing() {
        HealthItem[] sessions = { new HealthItem("sessions", HealthStatus.STARTING, "the session database is opening") };
        health.addContributor(() -> List.of(sessions[0]));

        assertThat(health.report().status()).isEqualTo(HealthStatus.STARTING);
        sessions[0] = HealthItem.up("sessions");
        assertThat(health.report().status()).isEqualTo(HealthStatus.UP);
    }
}
