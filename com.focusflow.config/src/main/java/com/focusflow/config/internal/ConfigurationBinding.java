package com.focusflow.config.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

import com.focusflow.support.fileinstall.FileInstallLinks;

/**
 * Keeps every FocusFlow configuration readable by FocusFlow's bundles whoever touches it. Config Admin binds
 * a configuration without a location to the first bundle that asks for it: a console save creates it unbound,
 * and a later {@code getConfiguration(pid)} from the shell (or any tool) would bind it to that tool, and the
 * FocusFlow component would silently fall back to its defaults. Bound to the multi-location {@code ?}, a
 * configuration is never rebound by such a call; a location somebody sets on purpose is put back to {@code ?}
 * as well, inside the update, before Declarative Services hears of it.
 * <p>
 * It also keeps a configuration that came from a {@code load/*.cfg} file linked to that file. A change made
 * elsewhere is written back into the file ({@code file.FileWriteBack}) only while the configuration carries
 * {@code felix.fileinstall.filename}; the Web Console saves just the properties on
 * its form and drops it, which left the file saying 1 while FocusFlow used 2. The link is put back, so the
 * file follows the console.
 */
@Component(service = SynchronousConfigurationListener.class)
public final class ConfigurationBinding implements SynchronousConfigurationListener {

    static final String ANY_BUNDLE = "?";
    static final String FILE_LINK = FileInstallLinks.FILE_LINK;

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationBinding.class);

    private final ConfigurationAdmin configAdmin;
    private final Map<String, Object> files = new ConcurrentHashMap<>();

    @Activate
    public ConfigurationBinding(@Reference ConfigurationAdmin configAdmin) throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        Configuration[] existing = configAdmin.listConfigurations(null);
        for (Configuration config : existing == null ? new Configuration[0] : existing) {
            bind(config);
            link(config);
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (!FocusFlowPids.isFocusFlows(event.getFactoryPid(), event.getPid())) {
            return;
        }
        if (event.getType() == ConfigurationEvent.CM_DELETED) {
            files.remove(event.getPid());
            return;
        }
        try {
            Optional<Configuration> found = Stored.configuration(configAdmin, event.getPid());
            if (found.isPresent()) {
                bind(found.get());
                link(found.get());
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Could not check the binding of configuration {}: {}", event.getPid(), e.toString());
        }
    }

    private static void bind(Configuration config) {
        if (!FocusFlowPids.isFocusFlows(config.getFactoryPid(), config.getPid())) {
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

    /** Remembers the file a configuration came from, and puts the link back when an update dropped it. */
    private void link(Configuration config) throws IOException {
        if (!FocusFlowPids.isFocusFlows(config.getFactoryPid(), config.getPid())) {
            return;
        }
        Dictionary<String, Object> properties = config.getProperties();
        if (properties == null) {
            return;
        }
        Object file = properties.get(FILE_LINK);
        if (file != null) {
            files.put(config.getPid(), file);
            return;
        }
        Object known = files.get(config.getPid());
        if (known != null) {
            properties.put(FILE_LINK, known);
            config.update(properties); // FileWriteBack hears this update with the link and writes the file
        }
    }
}
