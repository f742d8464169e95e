package com.focusflow.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the build passes in (reliability/pom.xml): the jar under test, and how long the long forms run. */
final class Settings {

    private Settings() {
    }

    static Path path(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("system property " + key + " is not set; run the suite through Maven");
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " does not exist; build it first: mvn -B -q -DskipTests package");
        }
        return path;
    }

    static int number(String key, int fallback) {
        return Integer.getInteger(key, fallback);
    }

    /** A fresh folder for one test under target/reliability. */
    static Path scratch(String name) throws IOException {
        Path base = Path.of(System.getProperty("reliability.out", "target/reliability")).toAbsolutePath();
        Files.createDirectories(base);
        return Files.createTempDirectory(base, name + "-");
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void assumeRoot(String why) {
        assumeTrue(root(), "needs root (as CI runs): " + why);
    }
}
