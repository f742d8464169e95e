package com.focusflow.http.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns {@code <data dir>/credentials.properties}: made on first start (user {@code admin}, a random
 * password or {@code FOCUSFLOW_PASSWORD}), readable by the owner only, shown once on the terminal and
 * never written to the log.
 */
@Component(service = CredentialStore.class)
public final class CredentialStore {

    static final String FILE_NAME = "credentials.properties";
    static final String PASSWORD_ENV = "FOCUSFLOW_PASSWORD";
    static final String DEFAULT_USER = "admin";
    static final int MIN_PASSWORD_LENGTH = 8;

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);

    private final Path file;
    private final Credentials credentials;

    @Activate
    public CredentialStore(BundleContext context) throws IOException {
        this(DataHome.of(context), System.getenv(), System.out);
    }

    CredentialStore(Path home, Map<String, String> env, PrintStream terminal) throws IOException {
        this.file = home.resolve(FILE_NAME);
        if (Files.exists(file)) {
            if (OwnerOnlyFiles.restrict(file)) {
                LOG.warn("{} was readable by others; it is now readable by its owner only", file);
            }
            this.credentials = load(file);
        } else {
            String chosen = env.get(PASSWORD_ENV);
            this.credentials = create(file, chosen);
            // A password the user chose is never echoed: the terminal may be a service's log.
            terminal.printf("%nFirst start: the Web Console and the API accept user '%s' with password %s.%n"
                    + "Both are saved in %s (readable by you only).%n%n", credentials.username(),
                    chosen == null || chosen.isEmpty() ? "'" + credentials.password() + "'" : "from " + PASSWORD_ENV, file);
            LOG.info("Created {} for user '{}'", file, credentials.username());
        }
    }

    /** True if these are the stored user and password. */
    public boolean accepts(Credentials presented) {
        return credentials.matches(presented.username(), presented.password());
    }

    public String username() {
        return credentials.username();
    }

    Path file() {
        return file;
    }

    private static Credentials load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String user = p.getProperty("username", "").trim();
        String password = p.getProperty("password", "");
        if (user.isEmpty() || password.isEmpty()) {
            throw new IOException(file + " must hold non-empty 'username' and 'password' entries;"
                    + " fix it, or delete it to have new credentials made on the next start");
        }
        return new Credentials(user, password);
    }

    private static Credentials create(Path file, String fromEnv) throws IOException {
        String password = fromEnv == null || fromEnv.isEmpty() ? randomPassword() : checked(fromEnv);
        Credentials created = new Credentials(DEFAULT_USER, password);
        Properties p = new Properties();
        p.setProperty("username", created.username());
        p.setProperty("password", created.password());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, "FocusFlow Web Console and API credentials (HTTP Basic). Keep this file private.");
        OwnerOnlyFiles.write(file, out.toByteArray());
        return created;
    }

    private static String checked(String password) throws IOException {
        if (password.length() < MIN_PASSWORD_LENGTH || password.chars().anyMatch(Character::isISOControl)) {
            throw new IOException(PASSWORD_ENV + " must be at least " + MIN_PASSWORD_LENGTH
                    + " characters without control characters; no credentials were written");
        }
        return password;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
