package com.focusflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPathTest {

    @TempDir
    Path tmp;

    @Test
    void unpacksTheRunPathNamedAfterEachDigest() throws Exception {
        Path jar = executableJar("one", Map.of("jar/framework-7.jar", "felix", "jar/launcher-7.jar", "bnd"), true);
        Path dir = Files.createDirectories(tmp.resolve("runpath"));

        RunPath runPath = RunPath.unpack(jar, dir).orElseThrow();

        assertThat(runPath.jars()).hasSize(2);
        assertThat(runPath.jars().get(0).getFileName().toString()).startsWith("framework-7-").endsWith(".jar");
        assertThat(runPath.jars()).allMatch(p -> p.getParent().equals(dir));
        assertThat(Files.readString(runPath.jars().get(0))).isEqualTo("felix");
        assertThat(Files.readString(runPath.jars().get(1))).isEqualTo("bnd");
        assertThat(runPath.manifest().getMainAttributes().getValue(RunPath.EMBEDDED_RUNPATH)).contains("framework-7");
    }

    @Test
    void aSecondStartReusesTheUnpackedJars() throws Exception {
        Path jar = executableJar("one", Map.of("jar/framework-7.jar", "felix"), true);
        Path dir = Files.createDirectories(tmp.resolve("runpath"));
        Path first = RunPath.unpack(jar, dir).orElseThrow().jars().get(0);
        Files.writeString(first, "FELIX"); // same size as "felix": a rewrite would bring "felix" back

        Path second = RunPath.unpack(jar, dir).orElseThrow().jars().get(0);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second)).isEqualTo("FELIX");
    }

    @Test
    void aNewExecutableJarReplacesWhatChangedAndRemovesTheOldCopy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("runpath"));
        Path old = RunPath.unpack(executableJar("old", Map.of("jar/framework-7.jar", "felix 7.0"), true), dir)
                .orElseThrow().jars().get(0);

        Path updated = RunPath.unpack(executableJar("new", Map.of("jar/framework-7.jar", "felix 7.1"), true), dir)
                .orElseThrow().jars().get(0);

        assertThat(updated).isNotEqualTo(old);
        assertThat(Files.readString(updated)).isEqualTo("felix 7.1");
        assertThat(old).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(updated);
        }
    }

    @Test
    void withoutDigestsNothingIsUnpacked() throws Exception {
        Path jar = executableJar("plain", Map.of("jar/framework-7.jar", "felix"), false);
        Path dir = Files.createDirectories(tmp.resolve("runpath"));

        assertThat(RunPath.unpack(jar, dir)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void fileNamesStaySafeWhateverTheBase64Digest() {
        assertThat(RunPath.fileName("jar/a-1.jar", "ab/c+d==")).isEqualTo("a-1-ab_c-d.jar");
    }

    /** A jar laid out like bnd's export: run path entries under jar/, listed in the manifest with digests. */
    private Path executableJar(String name, Map<String, String> runPath, boolean digests)
            throws IOException, NoSuchAlgorithmException {
        Map<String, String> entries = new LinkedHashMap<>();
        runPath.keySet().stream().sorted().forEach(k -> entries.put(k, runPath.get(k)));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(RunPath.EMBEDDED_RUNPATH, String.join(",", entries.keySet()));
        if (digests) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(e.getValue().getBytes(StandardCharsets.UTF_8));
                Attributes a = new Attributes();
                a.putValue(RunPath.DIGEST, Base64.getEncoder().encodeToString(sha));
                manifest.getEntries().put(e.getKey(), a);
            }
        }
        Path jar = tmp.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
