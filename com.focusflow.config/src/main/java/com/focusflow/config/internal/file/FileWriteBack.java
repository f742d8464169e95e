package com.focusflow.config.internal.file;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.felix.utils.properties.InterpolationHelper;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.config.internal.Stored;
import com.focusflow.config.internal.file.LoadFolder.RefusedLink;
import com.focusflow.support.fileinstall.FileInstallLinks;
import com.focusflow.support.log.LogText;

/**
 * Keeps a {@code load/} file and its configuration in step when the configuration changes elsewhere (the console,
 * {@code focus:config}, any Config Admin client): its values are written back into the file, atomically
 * ({@link CfgWriter}), and deleting the configuration deletes the file, as FileInstall's own write-back
 * ({@code felix.fileinstall.enableConfigSave}, switched off in the runtime) did in place. Runs after the update,
 * on Config Admin's event thread, for every configuration linked to a file, FocusFlow's or not.
 */
@Component(service = ConfigurationListener.class)
public final class FileWriteBack implements ConfigurationListener {

    private static final Logger LOG = LoggerFactory.getLogger(FileWriteBack.class);

    private final ConfigurationAdmin configAdmin;
    private final LoadFolder folder;
    private final CfgWriter writer;
    /** The file of each linked configuration: a deletion event no longer carries the properties. */
    private final Map<String, Path> files = new ConcurrentHashMap<>();

    @Activate
    public FileWriteBack(BundleContext context, @Reference ConfigurationAdmin configAdmin)
            throws IOException, InvalidSyntaxException {
        this(configAdmin, new LoadFolder(Path.of(Optional.ofNullable(context.getProperty(FileInstallLinks.DIR)).orElse("load"))),
                new CfgWriter(encoding(context), substitution(context)));
    }

    FileWriteBack(ConfigurationAdmin configAdmin, LoadFolder folder, CfgWriter writer) throws IOException, InvalidSyntaxException {
        this.configAdmin = configAdmin;
        this.folder = folder;
        this.writer = writer;
        Configuration[] existing = configAdmin.listConfigurations("(" + FileInstallLinks.FILE_LINK + "=*)");
        for (Configuration config : existing == null ? new Configuration[0] : existing) {
            link(config.getPid(), config.getProperties());
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        try {
            if (event.getType() == ConfigurationEvent.CM_DELETED) {
                Path file = files.remove(pid);
                if (file != null && Files.deleteIfExists(file)) {
                    LOG.info("Configuration {} deleted; deleted its file {}", LogText.escape(pid), file);
                }
            } else if (event.getType() == ConfigurationEvent.CM_UPDATED) {
                Dictionary<String, Object> properties = Stored.configuration(configAdmin, pid)
                        .map(Configuration::getProperties).orElse(null);
                Optional<Path> file = link(pid, properties);
                if (file.isPresent() && writer.write(file.get(), map(properties))) {
                    LOG.info("Configuration {} changed; wrote it into {}", LogText.escape(pid), file.get());
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Could not write configuration {} back into its file: {}", LogText.escape(pid), e.toString());
        }
    }

    /** Remembers the file {@code properties} link to, if it is one of the load folder's. */
    private Optional<Path> link(String pid, Dictionary<String, Object> properties) {
        if (properties == null) {
            return Optional.empty();
        }
        try {
            Optional<Path> file = folder.file(properties.get(FileInstallLinks.FILE_LINK));
            file.ifPresentOrElse(f -> files.put(pid, f), () -> files.remove(pid));
            return file;
        } catch (RefusedLink e) {
            files.remove(pid);
            LOG.warn("Configuration {} is not written back: {}", LogText.escape(pid), LogText.escape(e.getMessage()));
            return Optional.empty();
        }
    }

    private static Map<String, Object> map(Dictionary<String, Object> properties) {
        return Collections.list(properties.keys()).stream().collect(Collectors.toMap(k -> k, properties::get));
    }

    private static Charset encoding(BundleContext context) {
        String name = context.getProperty("felix.fileinstall.configEncoding");
        return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    }

    /** {@code ${name}} in a value resolves as FileInstall resolves it when it reads the file: framework properties. */
    private static org.apache.felix.utils.properties.TypedProperties.SubstitutionCallback substitution(BundleContext context) {
        InterpolationHelper.SubstitutionCallback properties = new InterpolationHelper.BundleContextSubstitutionCallback(context);
        return (name, key, value) -> properties.getValue(value);
    }
}
