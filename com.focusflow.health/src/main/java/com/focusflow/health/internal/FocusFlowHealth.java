package com.focusflow.health.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.metatype.annotations.Designate;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthReport;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;

/**
 * FocusFlow's health: every FocusFlow bundle must be active, every FocusFlow component satisfied, and every
 * {@link HealthContributor} (whiteboard) adds its own items; the worst status wins. Until the framework has
 * started (final start level, no bundle still starting), no FocusFlow component waits for a service any
 * more and no contributor says it is still starting (e.g. a database opening), the report is
 * {@code STARTING}. A FocusFlow bundle uninstalled while
 * FocusFlow runs is DOWN until it is installed again: what it did is gone. A component with the property
 * {@value #MAY_WAIT}{@code =true} may wait for its references (e.g. a window waiting for a display)
 * without being DOWN. Reports are reused for a moment ({@link HealthConfig#cacheMillis()}); any bundle event
 * makes the next one fresh.
 */
@Component(configurationPid = HealthConfig.PID)
@Designate(ocd = HealthConfig.class)
public final class FocusFlowHealth implements HealthService {

    static final String BUNDLE_PREFIX = "com.focusflow.";
    /** Component property: waiting for a reference is a normal state of this component. */
    static final String MAY_WAIT = "focusflow.health.mayWait";
    private static final String WAITING = "waiting for services: ";

    private record Cached(HealthReport report, long madeAtNanos) {
    }

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Startup startup;
    private final Contributors contributors;
    private final ExecutorService ownExecutor;
    private final LongSupplier nanoTime;
    private final Set<String> uninstalled = ConcurrentHashMap.newKeySet();
    /** Synchronous: the report right after an uninstall already says so. */
    private final SynchronousBundleListener bundleEvents = this::bundleChanged;
    private volatile Duration timeout;
    private volatile long cacheNanos;
    private volatile Cached cached;

    @Activate
    public FocusFlowHealth(BundleContext context, @Reference ServiceComponentRuntime scr, HealthConfig config) {
        this(context, scr, config, Executors.newCachedThreadPool(FocusFlowHealth::daemon), System::nanoTime, true);
    }

    /** For tests: the executor that asks contributors and the monotonic clock of the cache. */
    FocusFlowHealth(BundleContext context, ServiceComponentRuntime scr, HealthConfig config, ExecutorService executor,
            LongSupplier nanoTime, boolean ownsExecutor) {
        this.context = context;
        this.scr = scr;
        this.startup = new Startup(context, nanoTime);
        this.contributors = new Contributors(executor);
        this.ownExecutor = ownsExecutor ? executor : null;
        this.nanoTime = nanoTime;
        modified(config);
        context.addBundleListener(bundleEvents);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "FocusFlow health check");
        thread.setDaemon(true);
        return thread;
    }

    @Modified
    void modified(HealthConfig config) {
        timeout = Duration.ofMillis(config.contributorTimeoutMillis());
        cacheNanos = Duration.ofMillis(config.cacheMillis()).toNanos();
        cached = null;
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(bundleEvents);
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    private void bundleChanged(BundleEvent event) {
        cached = null;
        String name = event.getBundle().getSymbolicName();
        if (name == null || !name.startsWith(BUNDLE_PREFIX)) {
            return;
        }
        if (event.getType() == BundleEvent.UNINSTALLED) {
            uninstalled.add(name);
        } else if (event.getType() == BundleEvent.INSTALLED) {
            uninstalled.remove(name);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(HealthContributor contributor) {
        contributors.add(contributor);
        cached = null;
    }

    void removeContributor(HealthContributor contributor) {
        contributors.remove(contributor);
        cached = null;
    }

    @Override
    public HealthReport report() {
        Cached last = cached;
        long now = nanoTime.getAsLong();
        if (last != null && now - last.madeAtNanos() < cacheNanos) {
            return last.report();
        }
        HealthReport fresh = fresh();
        cached = new Cached(fresh, now);
        return fresh;
    }

    private HealthReport fresh() {
        List<Bundle> ours = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(BUNDLE_PREFIX))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .toList();
        List<HealthItem> items = new ArrayList<>();
        ours.forEach(b -> items.add(bundleItem(b)));
        uninstalled.stream().sorted()
                .filter(name -> ours.stream().noneMatch(b -> name.equals(b.getSymbolicName())))
                .forEach(name -> items.add(new HealthItem("bundle " + name, HealthStatus.DOWN, "bundle " + name
                        + " was uninstalled: what it does is gone until it is installed again")));
        List<HealthItem> components = components(ours);
        items.addAll(components);
        // A component that failed or lacks its configuration will not get better by waiting: that is DOWN.
        boolean componentsSatisfied = components.stream()
                .noneMatch(i -> i.status() == HealthStatus.DOWN && i.message().startsWith(WAITING));
        try {
            items.addAll(contributors.items(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            items.add(new HealthItem("health", HealthStatus.DOWN, "interrupted while asking the health checks"));
        }
        startup.finishIf(componentsSatisfied && items.stream().noneMatch(i -> i.status() == HealthStatus.STARTING));
        if (!startup.finished()) {
            List<HealthItem> starting = new ArrayList<>();
            startup.waitingFor().forEach(why -> starting.add(new HealthItem("startup", HealthStatus.STARTING, why)));
            starting.addAll(items);
            return HealthReport.starting(starting);
        }
        return HealthReport.of(items);
    }

    private static HealthItem bundleItem(Bundle bundle) {
        String name = "bundle " + bundle.getSymbolicName();
        boolean fragment = bundle.getHeaders("").get("Fragment-Host") != null;
        if (bundle.getState() == Bundle.ACTIVE || (fragment && bundle.getState() == Bundle.RESOLVED)) {
            return HealthItem.up(name);
        }
        return new HealthItem(name, HealthStatus.DOWN, "bundle " + bundle.getSymbolicName() + " "
                + bundle.getVersion() + " is " + BundleStates.name(bundle.getState()) + ", not ACTIVE");
    }

    private List<HealthItem> components(List<Bundle> bundles) {
        List<HealthItem> items = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundles.toArray(Bundle[]::new))) {
            boolean mayWait = Boolean.parseBoolean(String.valueOf(description.properties == null ? null
                    : description.properties.get(MAY_WAIT)));
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                String problem = problemOf(configuration);
                if (problem == null) {
                    continue;
                }
                boolean waiting = configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE;
                items.add(new HealthItem("component " + description.name,
                        mayWait && waiting ? HealthStatus.UP : HealthStatus.DOWN, problem));
            }
        }
        return items;
    }

    private static String problemOf(ComponentConfigurationDTO configuration) {
        switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE: {
                List<String> missing = new ArrayList<>();
                for (UnsatisfiedReferenceDTO ref : configuration.unsatisfiedReferences) {
                    missing.add(ref.target == null ? ref.name : ref.name + " " + ref.target);
                }
                return WAITING + String.join(", ", missing);
            }
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                return "waiting for its configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION:
                return "failed to activate: " + configuration.failure;
            default:
                return null;
        }
    }
}
