package com.focusflow.deploy.internal;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/** The identity a bundle jar declares in its manifest: symbolic name and version. */
record BundleJar(String symbolicName, Version version) {

    /** Empty if the file is not a readable jar with a Bundle-SymbolicName. */
    static Optional<BundleJar> read(File file) {
        if (!file.isFile() || !file.getName().endsWith(".jar")) {
            return Optional.empty();
        }
        try (JarFile jar = new JarFile(file)) {
            if (jar.getManifest() == null) {
                return Optional.empty();
            }
            Attributes main = jar.getManifest().getMainAttributes();
            String bsn = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (bsn == null) {
                return Optional.empty();
            }
            String name = bsn.split(";")[0].strip();
            return Optional.of(new BundleJar(name, Version.parseVersion(main.getValue(Constants.BUNDLE_VERSION))));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
