package com.focusflow.ui.internal.settings;

import com.focusflow.ui.internal.model.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@link Settings} on Config Admin; a missing Config Admin reads as "no settings" and refuses updates. */
public final class ConfigAdminSettings implements Settings {
    private final ConfigurationAdmin admin;

    public ConfigAdminSettings(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Map<String, Object> read(String pid) {
        try {
            Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                return Map.of();
            }
            Dictionary<String, Object> properties = found[0].getProperties();
            Map<String, Object> copy = new java.util.HashMap<>();
            for (String key : Collections.list(properties.keys())) {
                copy.put(key, properties.get(key));
            }
            return copy;
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void update(String pid, Map<String, Object> changes) {
        try {
            // "?" : not bound to this bundle, so the component that owns the PID (another bundle) gets it.
            Configuration configuration = admin.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = configuration.getProperties();
            Hashtable<String, Object> merged = new Hashtable<>();
            if (properties != null) {
                for (String key : Collections.list(properties.keys())) {
                    merged.put(key, properties.get(key));
                }
            }
            merged.putAll(changes);
            configuration.updateIfDifferent(merged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save configuration " + pid, e);
        }
    }
}
