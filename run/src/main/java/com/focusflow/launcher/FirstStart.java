package com.focusflow.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Makes {@code credentials.properties} before the framework starts, so that a password the user cannot use
 * ends the start with one line (instead of a running FocusFlow without HTTP) and a generated password is
 * printed with the banner (instead of under the shell's prompt). The http bundle reads the same file.
 */
final class FirstStart {

    static final String PASSWORD_ENV = "FOCUSFLOW_PASSWORD";
    static final String USER = "admin";
    static final int MIN_PASSWORD_LENGTH = 8;

    private FirstStart() {
    }

    /** A problem with the password the user chose, or empty if it is fine (or not set). */
    static Optional<String> checkChosenPassword(Map<String, String> env) {
        String chosen = env.get(PASSWORD_ENV);
        if (chosen == null || chosen.isEmpty()) {
            return Optional.empty();
        }
        if (chosen.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of(PASSWORD_ENV + " is " + chosen.length() + " characters long; it must have at least "
                    + MIN_PASSWORD_LENGTH + ". Choose a longer one (or unset it for a generated password) and start again.");
        }
        if (chosen.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(PASSWORD_ENV + " contains a control character (a line break or tab?). Choose one without"
                    + " and start again.");
        }
        return Optional.empty();
    }

    /**
     * Writes the credentials file if it is missing. Returns what the banner shows about the password: the
     * generated password once, or that the chosen one is used; empty when the file already existed.
     */
    static Optional<String> ensureCredentials(Path file, Map<String, String> env) throws IOException {
        if (Files.exists(file)) {
            return Optional.empty();
        }
        String chosen = env.get(PASSWORD_ENV);
        boolean generated = chosen == null || chosen.isEmpty();
        String password = generated ? randomPassword() : chosen;
        Properties p = new Properties();
        p.setProperty("username", USER);
        p.setProperty("password", password);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, "FocusFlow Web Console and API credentials (HTTP Basic). Keep this file private.");
        writeOwnerOnly(file, out.toByteArray());
        // A password the user chose is never echoed: the terminal may be a service's log.
        return Optional.of(generated ? "password " + password + ", shown this once"
                : "password from " + PASSWORD_ENV);
    }

    /** The stored password, read as the http bundle reads it (java.util.Properties, so escapes are undone). */
    static String password(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + " does not exist yet: FocusFlow makes it at its first start");
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        String password = p.getProperty("password", "");
        if (password.isEmpty()) {
            throw new IOException(file + " has no password entry");
        }
        return password;
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.write(tmp, content);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
