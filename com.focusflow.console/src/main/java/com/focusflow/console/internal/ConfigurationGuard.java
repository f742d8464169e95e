package com.focusflow.console.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.felix.webconsole.spi.ConfigurationHandler;
import org.apache.felix.webconsole.spi.ValidationException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;

/**
 * Refuses invalid FocusFlow configurations, whichever way they come. Config Admin itself has no veto, so:
 * <ul>
 * <li>the Web Console's Configuration tab asks this {@link ConfigurationHandler} first, and an invalid
 * value is answered with 400 and the reason, changing nothing;</li>
 * <li>any other update (a {@code .cfg} file in {@code load/}, Gogo, a bundle) reaches this synchronous
 * listener inside {@code Configuration.update}, before Declarative Services hears of it (asynchronously,
 * reading the configuration as it is then): each invalid property is put back to its last valid value
 * (or removed, so the default applies), a WARN names it, and health reports it as {@code DEGRADED} until
 * the next valid update of that PID.</li>
 * </ul>
 */
@Component(service = { SynchronousConfigurationListener.class, ConfigurationHandler.class, HealthContributor.class })
public final class ConfigurationGuard implements SynchronousConfigurationListener, ConfigurationHandler, HealthContributor {

    static final String HEALTH_PREFIX = "configuration ";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationGuard.class);

    private final ConfigurationAdmin configAdmin;
    private final MetatypeRules rules;
    private final Map<String, Dictionary<String, Object>> lastValid = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationGuard(BundleContext context, @Reference ConfigurationAdmin configAdmin,
            @Reference MetaTypeService metatype) throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        this.rules = new MetatypeRules(context, metatype);
        Configuration[] existing = configAdmin.listConfigurations("(service.pid=" + MetatypeRules.PREFIX + "*)");
        for (Configuration config : existing == null ? new Configuration[0] : existing) {
            inspect(config);
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (event.getFactoryPid() != null || pid == null || !pid.startsWith(MetatypeRules.PREFIX)) {
            return;
        }
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            lastValid.remove(pid);
            refused.remove(pid);
        } else if (event.getType() == ConfigurationEvent.CM_UPDATED) {
            try {
                Configuration[] found = configAdmin.listConfigurations("(service.pid=" + pid + ")");
                if (found != null) {
                    inspect(found[0]);
                }
            } catch (IOException | InvalidSyntaxException e) {
                LOG.warn("Could not check configuration {}: {}", pid, e.toString());
            }
        }
    }

    private void inspect(Configuration config) throws IOException {
        String pid = config.getPid();
        Dictionary<String, Object> properties = config.getProperties();
        if (properties == null) {
            return;
        }
        List<MetatypeRules.Refusal> refusals = rules.check(pid, properties);
        if (refusals.isEmpty()) {
            lastValid.put(pid, copy(properties));
            refused.remove(pid);
            return;
        }
        Dictionary<String, Object> kept = keptValues(pid, properties, refusals);
        String message = "refused " + refusals.stream().map(r -> r.key() + "=" + r.value() + ": " + r.reason() + "; kept "
                + (kept.get(r.key()) == null ? "the default" : r.key() + "=" + kept.get(r.key())))
                .collect(Collectors.joining(". "));
        LOG.warn("Configuration {} {}", pid, message);
        config.update(kept); // re-enters configurationEvent (once this listener is registered)
        lastValid.put(pid, kept);
        refused.put(pid, message);
    }

    private Dictionary<String, Object> keptValues(String pid, Dictionary<String, Object> properties,
            List<MetatypeRules.Refusal> refusals) {
        Dictionary<String, Object> kept = copy(properties);
        Dictionary<String, Object> previous = lastValid.getOrDefault(pid, new Hashtable<>());
        for (MetatypeRules.Refusal r : refusals) {
            Object old = previous.get(r.key());
            if (old == null) {
                kept.remove(r.key());
            } else {
                kept.put(r.key(), old);
            }
        }
        // A value valid under an earlier build's Metatype may not be now: then the default applies.
        rules.check(pid, kept).forEach(r -> kept.remove(r.key()));
        return kept;
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (String key : Collections.list(properties.keys())) {
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    @Override
    public List<HealthItem> health() {
        return refused.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new HealthItem(HEALTH_PREFIX + e.getKey(), HealthStatus.DEGRADED, e.getValue()))
                .toList();
    }

    // ---- Web Console Configuration tab

    @Override
    public void updateConfiguration(String factoryPid, String pid, Dictionary<String, Object> props)
            throws ValidationException {
        if (factoryPid != null || pid == null || !pid.startsWith(MetatypeRules.PREFIX)) {
            return;
        }
        List<MetatypeRules.Refusal> refusals = rules.check(pid, props);
        if (!refusals.isEmpty()) {
            String message = refusals.stream().map(r -> r.key() + "=" + r.value() + " refused: " + r.reason())
                    .collect(Collectors.joining("; "));
            LOG.info("Configuration {} from the console not saved: {}", pid, message);
            throw new ValidationException(message + ". Nothing was changed.");
        }
    }

    @Override
    public void createConfiguration(String pid) {
        // any FocusFlow PID may be created; its values are checked when they are saved
    }

    @Override
    public void createFactoryConfiguration(String factoryPid, String name) {
        // FocusFlow has no factory configurations
    }

    @Override
    public void deleteConfiguration(String factoryPid, String pid) {
        // deleting brings the defaults back, which are valid
    }
}
