package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.sync.SyncService;

/**
 * One validator for every way in, alive without the Web Console: with the console's bundle stopped, the same
 * invalid daily goal (0; Metatype says 1..1440) is refused by the validator service, put back by the guard
 * after a Config Admin update (health names it), refused by a settings import and by {@code focus:config},
 * each naming the property, and the goal stays 90.
 */
class ValidationWithoutConsoleTest {

    static final String ANALYTICS = "com.focusflow.analytics";
    static final String WEB_CONSOLE = "org.apache.felix.webconsole";
    static final String REASON = "dailyGoalMinutes: 0 is less than minimum";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configAdmin;
    @InjectService(timeout = 10_000)
    ConfigurationValidator validator;
    @InjectService(timeout = 10_000)
    HealthService health;
    @InjectService(timeout = 10_000)
    SyncService sync;
    @InjectService(timeout = 10_000)
    CommandProcessor shell;

    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandSession session;

    @BeforeEach
    void stopTheWebConsole() throws Exception {
        webConsole().stop();
        session = shell.createSession(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() throws Exception {
        session.close();
        ConfigurationReset.delete(context, ANALYTICS);
        webConsole().start();
    }

    @Test
    void theSameInvalidValueIsRefusedEveryWayWithoutTheWebConsole() throws Exception {
        assertThat(webConsole().getState()).isEqualTo(Bundle.RESOLVED);
        configAdmin.getConfiguration(ANALYTICS, "?").update(new Hashtable<>(Map.of("dailyGoalMinutes", 90)));

        // (a) the service: JSON and Config Admin forms alike
        assertThatThrownBy(() -> validator.validate(ANALYTICS, Map.of("dailyGoalMinutes", 0), ValueForm.JSON))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageStartingWith(ANALYTICS + " " + REASON);
        assertThat(validator.violations(ANALYTICS, Map.of("dailyGoalMinutes", "0"), ValueForm.CONFIGURATION))
                .singleElement().satisfies(v -> assertThat(v.message()).startsWith(REASON));

        // (b) a Config Admin update (as FileInstall makes for a .cfg file): put back inside update(), named in health
        configAdmin.getConfiguration(ANALYTICS, "?").update(new Hashtable<>(Map.of("dailyGoalMinutes", "0")));
        assertThat(storedGoal()).isEqualTo(90);
        HealthItem item = Poll.until(TIMEOUT, "the refusal in health", () -> healthItem().orElse(null));
        assertThat(item.message()).contains("refused " + REASON).contains("kept dailyGoalMinutes=90");

        // (c) a settings import: refused before anything is written
        String document = "{\"formatVersion\":1,\"sections\":{\"settings\":{\"items\":[{\"pid\":\"" + ANALYTICS
                + "\",\"changedAt\":\"" + Instant.now() + "\",\"properties\":{\"dailyGoalMinutes\":0}}]}}}";
        assertThatThrownBy(() -> sync.importFrom(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageStartingWith("settings[0].properties." + REASON);
        assertThat(storedGoal()).isEqualTo(90);

        // (d) Gogo: refused with the property named, nothing changed; a valid value is stored typed
        assertThat(session.execute("focus:config " + ANALYTICS + " dailyGoalMinutes 0")).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("focus:config: " + ANALYTICS + " " + REASON)
                .doesNotContain("Exception");
        assertThat(storedGoal()).isEqualTo(90);
        assertThat(session.execute("focus:config " + ANALYTICS + " dailyGoalMinutes 75"))
                .isEqualTo(ANALYTICS + " dailyGoalMinutes = 75");
        assertThat(storedGoal()).isEqualTo(75);
        Poll.until(TIMEOUT, "a valid update clears the refusal", () -> healthItem().isEmpty() ? true : null);
    }

    /** A rule Metatype cannot state (analytics' ZoneCheck), refused the same ways, with the setting named. */
    @Test
    void anUnknownTimeZoneIsRefusedEveryWayNamingTheSetting() throws Exception {
        String refusal = "zone: 'Mars/Olympus' is not a time zone";
        configAdmin.getConfiguration(ANALYTICS, "?").update(new Hashtable<>(Map.of("zone", "Europe/Berlin")));
        Poll.until(TIMEOUT, "the analytics bundle's zone check", () -> validator.violations(ANALYTICS,
                Map.of("zone", "Mars/Olympus"), ValueForm.JSON).isEmpty() ? null : true);

        assertThat(session.execute("focus:config " + ANALYTICS + " zone Mars/Olympus")).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("focus:config: " + ANALYTICS + " " + refusal);

        configAdmin.getConfiguration(ANALYTICS, "?").update(new Hashtable<>(Map.of("zone", "Mars/Olympus")));
        assertThat(stored("zone")).as("put back inside the update").isEqualTo("Europe/Berlin");
        HealthItem item = Poll.until(TIMEOUT, "the refusal in health", () -> healthItem().orElse(null));
        assertThat(item.message()).contains("refused " + refusal).contains("kept zone=Europe/Berlin");

        String document = "{\"formatVersion\":1,\"sections\":{\"settings\":{\"items\":[{\"pid\":\"" + ANALYTICS
                + "\",\"changedAt\":\"" + Instant.now() + "\",\"properties\":{\"zone\":\"Mars/Olympus\"}}]}}}";
        assertThatThrownBy(() -> sync.importFrom(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageStartingWith("settings[0].properties." + refusal);
        assertThat(stored("zone")).isEqualTo("Europe/Berlin");

        assertThat(session.execute("focus:config " + ANALYTICS + " zone Asia/Tokyo")).isEqualTo(ANALYTICS + " zone = Asia/Tokyo");
    }

    private Bundle webConsole() {
        return Arrays.stream(context.getBundles()).filter(b -> WEB_CONSOLE.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }

    private Object storedGoal() throws Exception {
        return stored("dailyGoalMinutes");
    }

    private Object stored(String property) throws Exception {
        Configuration[] found = configAdmin.listConfigurations("(service.pid=" + ANALYTICS + ")");
        return found == null ? null : found[0].getProperties().get(property);
    }

    private Optional<HealthItem> healthItem() {
        return health.report().items().stream().filter(i -> i.name().equals("configuration " + ANALYTICS)).findFirst();
    }
}
