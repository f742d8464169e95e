package com.focusflow.health.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.focusflow.support.fileinstall.FileInstallLinks;

/**
 * The configuration files in FileInstall's folder ({@code load/}) that it has not applied yet. FileInstall reads
 * the folder on its own thread right after the start ({@code felix.fileinstall.noInitialDelay=false}), so a
 * start is over only once every {@code .cfg} and {@code .config} there has become a configuration linked to its
 * file: "UP" then means the settings a user put there are in force.
 */
final class LoadFolder {

    static final String DIR = FileInstallLinks.DIR;
    static final String FILTER = "felix.fileinstall.filter";
    static final String FILE_LINK = FileInstallLinks.FILE_LINK;

    private final BundleContext context;

    LoadFolder(BundleContext context) {
        this.context = context;
    }

    /** The names of the configuration files not applied yet; empty without a folder or Config Admin. */
    List<String> pendingConfigurations() {
        String dir = context.getProperty(DIR);
        File[] files = dir == null ? null : new File(dir).listFiles();
        if (files == null) {
            return List.of();
        }
        Set<Path> linked = linkedFiles();
        if (linked == null) {
            return List.of();
        }
        Pattern filter = filter();
        List<String> pending = new ArrayList<>();
        for (File file : files) {
            String name = file.getName();
            if (FileInstallLinks.isConfigurationFile(name) && file.isFile()
                    && (filter == null || filter.matcher(name).matches())
                    && !linked.contains(file.toPath().toAbsolutePath().normalize())) {
                pending.add(name);
            }
        }
        return pending;
    }

    /** The files the configurations came from; null while Config Admin is not there (nothing to wait for). */
    private Set<Path> linkedFiles() {
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = reference == null ? null : context.getService(reference);
        if (admin == null) {
            return null;
        }
        try {
            Configuration[] configurations = admin.listConfigurations("(" + FILE_LINK + "=*)");
            Set<Path> files = new HashSet<>();
            for (Configuration configuration : configurations == null ? new Configuration[0] : configurations) {
                Object file = configuration.getProperties() == null ? null : configuration.getProperties().get(FILE_LINK);
                if (file != null) {
                    FileInstallLinks.file(file.toString()).ifPresent(files::add);
                }
            }
            return files;
        } catch (IOException | InvalidSyntaxException | IllegalStateException e) {
            return null;
        } finally {
            context.ungetService(reference);
        }
    }

    private Pattern filter() {
        String filter = context.getProperty(FILTER);
        try {
            return filter == null || filter.isBlank() ? null : Pattern.compile(filter);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
