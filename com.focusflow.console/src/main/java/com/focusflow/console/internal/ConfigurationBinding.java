package com.focusflow.console.internal;

import java.io.IOException;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.framework.InvalidSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every FocusFlow configuration readable by FocusFlow's bundles whoever touches it. Config Admin binds
 * a configuration without a location to the first bundle that asks for it: a console save creates it unbound,
 * and a later {@code getConfiguration(pid)} from the shell (or any tool) would bind it to that tool, and the
 * FocusFlow component would silently fall back to its defaults. Bound to the multi-location {@code ?}, a
 * configuration is never rebound by such a call; a location somebody sets on purpose is put back to {@code ?}
 * as well, inside the update, before Declarative Services hears of it.
 */
@Component(service = SynchronousConfigurationListener.class)
public final class ConfigurationBinding implements SynchronousConfigurationListener {

    static final String ANY_BUNDLE = "?";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationBinding.class);

    private final ConfigurationAdmin configAdmin;

    @Activate
    public ConfigurationBinding(@Reference ConfigurationAdmin configAdmin) throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        Configuration[] existing = configAdmin.listConfigurations(null);
        for (Configuration config : existing == null ? new Configuration[0] : existing) {
            bind(config);
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() == ConfigurationEvent.CM_DELETED || !isFocusFlows(event.getFactoryPid(), event.getPid())) {
            return;
        }
        try {
            Configuration[] found = configAdmin.listConfigurations("(service.pid=" + event.getPid() + ")");
            if (found != null) {
                bind(found[0]);
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Could not check the binding of configuration {}: {}", event.getPid(), e.toString());
        }
    }

    private static void bind(Configuration config) {
        if (!isFocusFlows(config.getFactoryPid(), config.getPid())) {
            return;
        }
        String location = config.getBundleLocation();
        if (!ANY_BUNDLE.equals(location)) {
            config.setBundleLocation(ANY_BUNDLE);
            if (location != null) {
                LOG.info("Configuration {} was bound to {}; bound to '?' again so FocusFlow keeps reading it",
                        config.getPid(), location);
            }
        }
    }

    private static boolean isFocusFlows(String factoryPid, String pid) {
        String name = factoryPid != null ? factoryPid : pid;
        return name != null && name.startsWith(MetatypeRules.PREFIX);
    }
}
