package com.focusflow.config.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;
import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.support.log.LogText;

/**
 * Config Admin has no veto, so an invalid FocusFlow configuration that got in by any way (a {@code .cfg}
 * file in {@code load/}, Gogo, a bundle, the Web Console) is put right here: this synchronous listener runs
 * inside {@code Configuration.update}, before Declarative Services hears of the change (asynchronously,
 * reading the configuration as it is then). Each invalid property is put back to its last valid value (or
 * removed, so the default applies), the rest of the update stays, a WARN names it, and health reports it as
 * {@code DEGRADED} until the next valid update of that PID. Ways in that can refuse before writing (the
 * console, {@code focus:config}, the settings import) ask the {@link ConfigurationValidator} first.
 */
@Component(service = { SynchronousConfigurationListener.class, HealthContributor.class })
public final class ConfigurationGuard implements SynchronousConfigurationListener, HealthContributor {

    static final String HEALTH_PREFIX = "configuration ";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationGuard.class);

    private final ConfigurationAdmin configAdmin;
    private final ConfigurationValidator validator;
    private final Map<String, Dictionary<String, Object>> lastValid = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationGuard(@Reference ConfigurationAdmin configAdmin, @Reference ConfigurationValidator validator)
            throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        this.validator = validator;
        Configuration[] existing = configAdmin.listConfigurations("(service.pid=" + FocusFlowPids.PREFIX + "*)");
        for (Configuration config : existing == null ? new Configuration[0] : existing) {
            inspect(config);
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        if (event.getFactoryPid() != null || !FocusFlowPids.isFocusFlows(null, pid)) {
            return;
        }
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            lastValid.remove(pid);
            refused.remove(pid);
        } else if (event.getType() == ConfigurationEvent.CM_UPDATED) {
            try {
                Optional<Configuration> found = Stored.configuration(configAdmin, pid);
                if (found.isPresent()) {
                    inspect(found.get());
                }
            } catch (IOException | InvalidSyntaxException e) {
                LOG.warn("Could not check configuration {}: {}", pid, e.toString());
            }
        }
    }

    private void inspect(Configuration config) throws IOException {
        String pid = config.getPid();
        Dictionary<String, Object> properties = config.getProperties();
        if (properties == null || config.getFactoryPid() != null || !validator.declares(pid)) {
            return; // a PID nobody declares (its bundle is gone) cannot be checked: it stays as it is
        }
        List<Violation> violations = validator.violations(pid, map(properties), ValueForm.CONFIGURATION);
        if (violations.isEmpty()) {
            lastValid.put(pid, copy(properties));
            refused.remove(pid);
            return;
        }
        Dictionary<String, Object> kept = keptValues(pid, properties, violations);
        String message = violations.stream().map(v -> "refused " + v.message() + "; kept "
                + (kept.get(v.property()) == null ? "the default" : v.property() + "=" + kept.get(v.property())))
                .collect(Collectors.joining(". "));
        LOG.warn("Configuration {} {}", LogText.escape(pid), LogText.escape(message));
        config.update(kept); // re-enters configurationEvent (once this listener is registered)
        lastValid.put(pid, kept);
        refused.put(pid, message);
    }

    private Dictionary<String, Object> keptValues(String pid, Dictionary<String, Object> properties, List<Violation> violations) {
        Dictionary<String, Object> kept = copy(properties);
        Dictionary<String, Object> previous = lastValid.getOrDefault(pid, new Hashtable<>());
        for (Violation v : violations) {
            Object old = previous.get(v.property());
            if (old == null) {
                kept.remove(v.property());
            } else {
                kept.put(v.property(), old);
            }
        }
        // A value valid under an earlier build's Metatype may not be now: then the default applies.
        validator.violations(pid, map(kept), ValueForm.CONFIGURATION).forEach(v -> kept.remove(v.property()));
        return kept;
    }

    private static Map<String, Object> map(Dictionary<String, Object> properties) {
        return Collections.list(properties.keys()).stream().collect(Collectors.toMap(k -> k, properties::get));
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        return new Hashtable<>(map(properties));
    }

    @Override
    public List<HealthItem> health() {
        return refused.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new HealthItem(HEALTH_PREFIX + e.getKey(), HealthStatus.DEGRADED, e.getValue()))
                .toList();
    }
}
