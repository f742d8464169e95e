package com.focusflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The launcher's class path (bnd's {@code -runpath}: Felix, bnd's launcher, JavaFX, com.focusflow.embedded)
 * travels inside the executable jar. bnd's own EmbeddedLauncher copies it to new temp files at every start
 * (9 MB written at every start, and files left in /tmp after a kill); FocusFlow keeps it unpacked in
 * the data dir instead and rewrites a jar only when the executable jar brings another one. Each copy is
 * named after its SHA-256 digest from the executable jar's manifest, so a new FocusFlow never runs an old
 * copy, and copies nothing refers to any more are removed.
 */
record RunPath(Manifest manifest, List<Path> jars) {

    static final String EMBEDDED_RUNPATH = "Embedded-Runpath";
    static final String DIGEST = "SHA-256-Digest";

    /**
     * Unpacks what is missing into {@code dir}; empty when the jar's manifest names no run path or a run path
     * jar without its digest (then bnd's launcher is used as exported).
     */
    static Optional<RunPath> unpack(Path executableJar, Path dir) throws IOException {
        try (JarFile jar = new JarFile(executableJar.toFile())) {
            Manifest manifest = jar.getManifest();
            String runpath = manifest == null ? null : manifest.getMainAttributes().getValue(EMBEDDED_RUNPATH);
            if (runpath == null) {
                return Optional.empty();
            }
            List<Path> jars = new ArrayList<>();
            for (String name : runpath.trim().split("\\s*,\\s*")) {
                Attributes attributes = manifest.getAttributes(name);
                JarEntry entry = jar.getJarEntry(name);
                String digest = attributes == null ? null : attributes.getValue(DIGEST);
                if (digest == null || entry == null) {
                    return Optional.empty();
                }
                jars.add(copyUnlessPresent(jar, entry, dir.resolve(fileName(name, digest))));
            }
            removeAllBut(dir, jars);
            return Optional.of(new RunPath(manifest, List.copyOf(jars)));
        }
    }

    /**
     * Runs bnd's launcher from the unpacked jars, as its EmbeddedLauncher would: the launcher reads the shipped
     * bundles' digests from {@code EmbeddedLauncher.MANIFEST} and the bundles themselves from the executable jar.
     */
    int launch(String[] args) throws ReflectiveOperationException, IOException {
        ClassLoader parent = RunPath.class.getClassLoader();
        parent.loadClass("aQute.launcher.pre.EmbeddedLauncher").getField("MANIFEST").set(null, manifest);
        try (URLClassLoader loader = new URLClassLoader(urls(), parent)) {
            Class<?> launcher = loader.loadClass("aQute.launcher.Launcher");
            return (Integer) launcher.getMethod("run", String[].class).invoke(null, (Object) args);
        }
    }

    private URL[] urls() throws MalformedURLException {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        return urls;
    }

    /** {@code jar/javafx-base-21.jar} with its digest becomes {@code javafx-base-21-<digest>.jar}. */
    static String fileName(String entryName, String base64Digest) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1).replaceFirst("\\.jar$", "");
        String digest = base64Digest.replace('/', '_').replace('+', '-').replace("=", "");
        return name + "-" + digest + ".jar";
    }

    /** Written to a temp file first and moved into place: a start that is cut short leaves no half jar. */
    private static Path copyUnlessPresent(JarFile jar, JarEntry entry, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
            return target;
        }
        Path part = Files.createTempFile(target.getParent(), ".unpack-", ".part");
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    private static void removeAllBut(Path dir, List<Path> keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!keep.contains(file) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
