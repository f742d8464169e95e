package com.focusflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

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
        Map<String, String> shipped = shippedLocations();
        for (Bundle bundle : context.getBundles()) {
            String location = shipped.get(bundle.getSymbolicName());
            if (bundle.getBundleId() == 0 || location == null || location.equals(bundle.getLocation())) {
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

    /** Symbolic name to location (the path inside the executable jar) of every shipped bundle. */
    private Map<String, String> shippedLocations() throws IOException {
        Map<String, String> names = new HashMap<>();
        String bundles = context.getProperty("launch.bundles");
        if (bundles == null) {
            return names;
        }
        for (String path : bundles.split(",")) {
            String location = path.strip();
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
