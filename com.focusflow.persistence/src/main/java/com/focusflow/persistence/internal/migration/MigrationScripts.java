package com.focusflow.persistence.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/** Finds a bundle's migration scripts: every {@code V*.sql} file directly in one folder, ordered by version. */
public final class MigrationScripts {

    /** Where a bundle keeps its scripts, by convention. */
    public static final String DEFAULT_FOLDER = "db/migration";

    private MigrationScripts() {
    }

    /** The scripts in {@code folder} of {@code bundle} (its own entries, not its class path). */
    public static List<MigrationScript> fromBundle(Bundle bundle, String folder) {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        List<MigrationScript> scripts = new ArrayList<>();
        for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
            String path = entry.getPath();
            scripts.add(MigrationScript.of(path.substring(path.lastIndexOf('/') + 1), read(entry)));
        }
        return sorted(scripts);
    }

    /**
     * The scripts in {@code folder} of the directory or jar that {@code anchor} was loaded from: for running the
     * same migrations outside OSGi (tests, benchmarks).
     */
    public static List<MigrationScript> fromCodeSource(Class<?> anchor, String folder) {
        try {
            return fromLocation(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()), folder);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + anchor.getName(), e);
        }
    }

    /** The scripts in {@code folder} of a class directory or a jar file. */
    public static List<MigrationScript> fromLocation(Path location, String folder) {
        try {
            return sorted(Files.isDirectory(location) ? fromDirectory(location.resolve(folder)) : fromJar(location, folder));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list migration scripts in " + location.resolve(folder), e);
        }
    }

    private static List<MigrationScript> fromDirectory(Path dir) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return scripts;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                scripts.add(MigrationScript.of(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return scripts;
    }

    private static List<MigrationScript> fromJar(Path location, String folder) throws IOException {
        List<MigrationScript> scripts = new ArrayList<>();
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".sql") && name.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        scripts.add(MigrationScript.of(name.substring(prefix.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return scripts;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration script " + url, e);
        }
    }

    private static List<MigrationScript> sorted(List<MigrationScript> scripts) {
        scripts.sort(Comparator.comparingInt(MigrationScript::version));
        return List.copyOf(scripts);
    }
}
