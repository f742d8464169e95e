package com.focusflow.http.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthReport;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;

/**
 * FocusFlow's health: every FocusFlow bundle must be active, every FocusFlow component satisfied, and every
 * {@link HealthContributor} (whiteboard) adds its own items. A FocusFlow bundle uninstalled while FocusFlow
 * runs is DOWN until it is installed again: what it did is gone. The worst status wins.
 */
@Component
public final class FocusFlowHealth implements HealthService {

    static final String BUNDLE_PREFIX = "com.focusflow.";

    private static final Logger LOG = LoggerFactory.getLogger(FocusFlowHealth.class);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();
    private final Set<String> uninstalled = ConcurrentHashMap.newKeySet();
    /** Synchronous: the report right after an uninstall already says so. */
    private final SynchronousBundleListener uninstalls = this::bundleChanged;

    @Activate
    public FocusFlowHealth(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        context.addBundleListener(uninstalls);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(uninstalls);
    }

    private void bundleChanged(BundleEvent event) {
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
    }

    void removeContributor(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    @Override
    public HealthReport report() {
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
        items.addAll(unsatisfiedComponents(ours));
        contributors.forEach(c -> items.addAll(itemsOf(c)));
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

    private List<HealthItem> unsatisfiedComponents(List<Bundle> bundles) {
        List<HealthItem> items = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundles.toArray(Bundle[]::new))) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                String problem = problemOf(configuration);
                if (problem != null) {
                    items.add(new HealthItem("component " + description.name, HealthStatus.DOWN, problem));
                }
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
                return "waiting for services: " + String.join(", ", missing);
            }
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                return "waiting for its configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION:
                return "failed to activate: " + configuration.failure;
            default:
                return null;
        }
    }

    private static List<HealthItem> itemsOf(HealthContributor contributor) {
        try {
            return contributor.health();
        } catch (RuntimeException e) {
            LOG.warn("Health contributor {} failed", contributor.getClass().getName(), e);
            return List.of(new HealthItem(contributor.getClass().getName(), HealthStatus.DOWN,
                    "health check failed: " + e));
        }
    }
}
