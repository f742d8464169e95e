package com.focusflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

import com.focusflow.launcher.LauncherLog;

/**
 * Makes the framework cache agree with the bundle set FocusFlow ships before bnd's launcher installs it.
 * bnd finds a shipped bundle by its location; a copy of the same bundle installed under another location
 * (the console's upload after an uninstall, Gogo {@code install}, a jar FileInstall took from load/) would
 * make that install fail ("symbolic name and version are not unique") and FocusFlow refuse to start.
 * The shipped set wins: such a copy is uninstalled here, logged, and the shipped bundle takes its place. A
 * newer build kept in load/ is applied again by FileInstall right after the start, and an update in place
 * (console Install/Update, load/, Gogo {@code update}) keeps its location and is not touched.
 */
final class ShippedBundles {

    private final BundleContext context;
    private final ClassLoader jar;

    ShippedBundles(BundleContext context, ClassLoader jar) {
        this.context = context;
        this.jar = jar;
    }

    void reconcile() throws IOException {
        List<String> paths = shippedPaths();
        List<Bundle> installedElsewhere = Stream.of(context.getBundles())
                .filter(b -> b.getBundleId() != 0 && !paths.contains(b.getLocation())).toList();
        if (installedElsewhere.isEmpty()) {
            return; // the usual start: the shipped jars' manifests (~40 ms to read) are not needed
        }
        Map<String, String> shipped = shippedLocations(paths);
        for (Bundle bundle : installedElsewhere) {
            String location = shipped.get(bundle.getSymbolicName());
            if (location == null) {
                continue;
            }
            try {
                bundle.uninstall();
                LauncherLog.warn("Replaced " + bundle.getSymbolicName() + " " + bundle.getVersion() + " installed from "
                        + bundle.getLocation() + " by the one FocusFlow ships (" + location + "); keep a newer build in"
                        + " load/ to have it applied again");
            } catch (BundleException | IllegalStateException e) {
                LauncherLog.error("Could not remove " + bundle.getSymbolicName() + " installed from " + bundle.getLocation(),
                        e);
            }
        }
    }

    /** The locations (paths inside the executable jar) bnd's launcher installs the shipped bundles from. */
    private List<String> shippedPaths() {
        String bundles = context.getProperty("launch.bundles");
        return bundles == null ? List.of() : Stream.of(bundles.split(",")).map(String::strip).toList();
    }

    /** Symbolic name to location of every shipped bundle (read from each shipped jar's manifest). */
    private Map<String, String> shippedLocations(List<String> paths) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (String location : paths) {
            try (InputStream in = jar.getResourceAsStream(location)) {
                if (in == null) {
                    continue;
                }
                Manifest manifest = new JarInputStream(in).getManifest();
                String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                if (name != null) {
                    names.put(name.split(";")[0].strip(), location);
                }
            }
        }
        return names;
    }
}
