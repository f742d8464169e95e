package com.focusflow.sync.internal.settings;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;

/** The portable attributes of this machine's configurations, read from and written to Config Admin. */
final class LocalSettings {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSettings.class);

    private final ConfigurationAdmin configAdmin;
    private final Definitions definitions;
    private final PortableSettings portable;
    private final ConfigurationValidator validator;

    LocalSettings(ConfigurationAdmin configAdmin, Definitions definitions, PortableSettings portable,
            ConfigurationValidator validator) {
        this.configAdmin = configAdmin;
        this.definitions = definitions;
        this.portable = portable;
        this.validator = validator;
    }

    /** The PIDs that may hold portable attributes, sorted. */
    Set<String> portablePids() {
        return portable.pids();
    }

    /** The portable attributes {@code pid} declares; empty if it is not portable or not declared here. */
    Optional<Map<String, AttributeDefinition>> attributes(String pid) {
        if (!portable.pids().contains(pid)) {
            return Optional.empty();
        }
        return definitions.of(pid).map(declared -> declared.entrySet().stream()
                .filter(e -> portable.portable(pid, e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new)));
    }

    /** The canonical values of {@code attributes} set now; a value that does not fit its definition counts as unset. */
    Map<String, Object> values(String pid, Map<String, AttributeDefinition> attributes) {
        Dictionary<String, Object> properties = read(pid).map(Configuration::getProperties).orElse(null);
        Map<String, Object> values = new TreeMap<>();
        if (properties == null) {
            return values;
        }
        attributes.keySet().forEach(name -> {
            Object stored = properties.get(name);
            if (stored != null) {
                try {
                    Object typed = validator.validate(pid, Map.of(name, stored), ValueForm.CONFIGURATION).get(name);
                    values.put(name, SettingValues.canonical(typed));
                } catch (FocusFlowException e) {
                    LOG.warn("Setting {} {} is left out of exports: {}", pid, name, e.getMessage());
                }
            }
        });
        return values;
    }

    /** Sets {@code attributes} of {@code pid} to {@code values} (absent ones to their defaults); others stay. */
    void write(String pid, Map<String, AttributeDefinition> attributes, Map<String, Object> values) {
        try {
            // "?" so that a new configuration is not bound to this bundle but reaches the component that uses it
            Configuration config = configAdmin.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>()
                    : config.getProperties();
            attributes.keySet().forEach(properties::remove);
            validator.validate(pid, values, ValueForm.JSON).forEach(properties::put);
            config.updateIfDifferent(properties);
        } catch (IOException e) {
            throw FocusFlowException.io(e, "Could not save the settings of %s: %s", pid, e.getMessage());
        }
    }

    private Optional<Configuration> read(String pid) {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (IOException | InvalidSyntaxException e) {
            throw FocusFlowException.io(e, "Could not read the settings of %s: %s", pid, e.getMessage());
        }
    }
}
