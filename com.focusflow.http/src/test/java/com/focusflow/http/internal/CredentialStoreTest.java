package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private CredentialStore start(Path dir, Map<String, String> env) throws IOException {
        return new CredentialStore(dir, env, new PrintStream(terminal, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    private void writeFile(String content) throws IOException {
        Files.writeString(home.resolve(CredentialStore.FILE_NAME), content);
    }

    @Test
    void firstStartCreatesAnOwnerOnlyFileForAdminWithARandomPassword() throws IOException {
        CredentialStore store = start(home, Map.of());

        Path file = home.resolve("credentials.properties");
        assertThat(store.file()).isEqualTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Properties saved = read(file);
        assertThat(saved.getProperty("username")).isEqualTo("admin");
        String password = saved.getProperty("password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(CredentialStore.MIN_PASSWORD_LENGTH);
        assertThat(store.username()).isEqualTo("admin");
        assertThat(store.accepts(new Credentials("admin", password))).isTrue();
        assertThat(store.accepts(new Credentials("admin", password + "x"))).isFalse();
    }

    @Test
    void firstStartPrintsThePasswordOnceToTheTerminal() throws IOException {
        start(home, Map.of());
        String password = read(home.resolve(CredentialStore.FILE_NAME)).getProperty("password");
        assertThat(printed()).contains("'admin'").contains(password).containsOnlyOnce(password);

        terminal.reset();
        start(home, Map.of());
        assertThat(printed()).isEmpty();
    }

    @Test
    void twoFirstStartsMakeDifferentPasswords(@TempDir Path otherHome) throws IOException {
        start(home, Map.of());
        start(otherHome, Map.of());

        assertThat(read(home.resolve(CredentialStore.FILE_NAME)).getProperty("password"))
                .isNotEqualTo(read(otherHome.resolve(CredentialStore.FILE_NAME)).getProperty("password"));
    }

    @Test
    void firstStartUsesThePasswordFromTheEnvironment() throws IOException {
        CredentialStore store = start(home, Map.of(CredentialStore.PASSWORD_ENV, "correct horse"));

        assertThat(read(home.resolve(CredentialStore.FILE_NAME)).getProperty("password")).isEqualTo("correct horse");
        assertThat(store.accepts(new Credentials("admin", "correct horse"))).isTrue();
        assertThat(printed()).as("a chosen password is not echoed").contains(CredentialStore.PASSWORD_ENV)
                .doesNotContain("correct horse");
    }

    @Test
    void emptyEnvironmentPasswordMeansRandom() throws IOException {
        CredentialStore store = start(home, Map.of(CredentialStore.PASSWORD_ENV, ""));

        String password = read(home.resolve(CredentialStore.FILE_NAME)).getProperty("password");
        assertThat(password).isNotEmpty();
        assertThat(store.accepts(new Credentials("admin", password))).isTrue();
    }

    @Test
    void refusesAShortEnvironmentPasswordAndWritesNothing() {
        assertThatThrownBy(() -> start(home, Map.of(CredentialStore.PASSWORD_ENV, "1234567")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(CredentialStore.PASSWORD_ENV)
                .hasMessageContaining("8");
        assertThat(home).isEmptyDirectory();
        assertThat(printed()).isEmpty();
    }

    @Test
    void refusesAnEnvironmentPasswordWithControlCharactersAndWritesNothing() {
        assertThatThrownBy(() -> start(home, Map.of(CredentialStore.PASSWORD_ENV, "long enough\npassword")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(CredentialStore.PASSWORD_ENV);
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void loadsAnExistingFileAndIgnoresTheEnvironment() throws IOException {
        writeFile("username=alice\npassword=wonderland\n");
        Files.setPosixFilePermissions(home.resolve(CredentialStore.FILE_NAME),
                PosixFilePermissions.fromString("rw-------"));

        CredentialStore store = start(home, Map.of(CredentialStore.PASSWORD_ENV, "another password"));

        assertThat(store.username()).isEqualTo("alice");
        assertThat(store.accepts(new Credentials("alice", "wonderland"))).isTrue();
        assertThat(store.accepts(new Credentials("admin", "another password"))).isFalse();
        assertThat(printed()).isEmpty();
    }

    @Test
    void narrowsWiderPermissionsOfAnExistingFile() throws IOException {
        writeFile("username=alice\npassword=wonderland\n");
        Path file = home.resolve(CredentialStore.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        start(home, Map.of());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void fileWithoutPasswordIsRefusedNamingTheFile() throws IOException {
        writeFile("username=alice\n");

        assertThatThrownBy(() -> start(home, Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(home.resolve(CredentialStore.FILE_NAME).toString())
                .hasMessageContaining("password");
    }

    @Test
    void fileWithBlankUsernameIsRefusedNamingTheFile() throws IOException {
        writeFile("username=   \npassword=wonderland\n");

        assertThatThrownBy(() -> start(home, Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(home.resolve(CredentialStore.FILE_NAME).toString());
    }
}
