package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;

/**
 * Live configuration: a change reaches the running component through {@code @Modified} (same service, no
 * restart); an invalid value is refused whichever way it comes (Config Admin, a .cfg file in load/, the Web
 * Console's Configuration tab), the old value stays, and the reason is visible in health.
 */
class ConfigurationTest {

    static final String PROCESS_PID = "com.focusflow.blocking.process";
    static final String PROCESS_COMPONENT = "com.focusflow.blocking.internal.process.ProcessBlocker";
    static final String ANALYTICS_PID = "com.focusflow.analytics";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configAdmin;
    @InjectService(timeout = 10_000)
    HealthService health;

    @AfterEach
    void defaults() throws Exception {
        ConfigurationReset.delete(context, PROCESS_PID);
    }

    /**
     * Created unbound (as the Web Console creates one) and then read with the one-argument
     * {@code getConfiguration} by another bundle (as a shell command does): it stays bound to {@code ?}, so the
     * FocusFlow component keeps it (ConfigurationBinding), and the value reaches the component.
     */
    @Test
    void aConfigurationStaysFocusFlowsWhoeverReadsIt() throws Exception {
        Configuration created = configAdmin.getConfiguration(PROCESS_PID, null);
        created.update(new Hashtable<>(Map.of("intervalSeconds", 4)));

        Configuration read = configAdmin.getConfiguration(PROCESS_PID);

        assertThat(read.getBundleLocation()).isEqualTo("?");
        awaitProcessBlocker(4);
    }

    @Test
    void aChangeAppliesLiveThroughModifiedWithoutRestartingTheComponent() throws Exception {
        update(PROCESS_PID, Map.of("intervalSeconds", 3));
        ServiceReference<Blocker> before = awaitProcessBlocker(3);

        update(PROCESS_PID, Map.of("intervalSeconds", 7, "source", "jdk"));

        ServiceReference<Blocker> after = awaitProcessBlocker(7);
        assertThat(after.getProperty(Constants.SERVICE_ID)).as("the same registration: modified, not re-created")
                .isEqualTo(before.getProperty(Constants.SERVICE_ID));
        assertThat(after.getProperty("source")).isEqualTo("jdk");
    }

    @Test
    void anInvalidValueIsRefusedTheOldOneKeptAndTheReasonShownInHealth() throws Exception {
        update(PROCESS_PID, Map.of("intervalSeconds", 5, "graceSeconds", 3));
        long serviceId = (Long) awaitProcessBlocker(5).getProperty(Constants.SERVICE_ID);

        update(PROCESS_PID, Map.of("intervalSeconds", 0, "graceSeconds", 2));

        var stored = configAdmin.getConfiguration(PROCESS_PID, "?").getProperties();
        assertThat(stored.get("intervalSeconds")).as("kept").isEqualTo(5);
        assertThat(stored.get("graceSeconds")).as("the valid change applies").isEqualTo(2);
        // Health reports are reused for up to 0.5 s (com.focusflow.health cacheMillis): poll for the new one.
        HealthItem item = Poll.until(TIMEOUT, "the refusal in health",
                () -> healthItem("configuration " + PROCESS_PID).orElse(null));
        assertThat(item.status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(item.message()).contains("refused intervalSeconds: 0 is less than minimum")
                .contains("kept intervalSeconds=5");
        ServiceReference<Blocker> running = Poll.until(TIMEOUT, "grace 2 applied", () -> {
            ServiceReference<Blocker> r = processBlocker();
            return r != null && Integer.valueOf(2).equals(r.getProperty("graceSeconds")) ? r : null;
        });
        assertThat(running.getProperty("intervalSeconds")).isEqualTo(5);
        assertThat(running.getProperty(Constants.SERVICE_ID)).isEqualTo(serviceId);

        update(PROCESS_PID, Map.of("intervalSeconds", 4));
        Poll.until(TIMEOUT, "a valid update clears the message",
                () -> healthItem("configuration " + PROCESS_PID).isEmpty() ? true : null);
    }

    @Test
    void anInvalidCfgFileInTheLoadFolderIsRefusedToo() throws Exception {
        Path cfg = Path.of(context.getProperty("felix.fileinstall.dir"), ANALYTICS_PID + ".cfg");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, "dailyGoalMinutes=90\n");
        // FileInstall's .cfg values are strings; Declarative Services converts them.
        Poll.until(TIMEOUT, "goal 90 from the file", () -> "90".equals(stored(ANALYTICS_PID, "dailyGoalMinutes")) ? true : null);
        try {
            // FileInstall reads the folder once a second; the invalid value is written until a read took it.
            HealthItem item = Poll.until(TIMEOUT, "the refusal in health", () -> {
                Optional<HealthItem> refusal = healthItem("configuration " + ANALYTICS_PID);
                if (refusal.isEmpty() && !Files.readString(cfg).contains("=0")) {
                    Files.writeString(cfg, "dailyGoalMinutes=0\n");
                }
                return refusal.orElse(null);
            });
            assertThat(item.message()).contains("refused dailyGoalMinutes: 0 is less than minimum").contains("kept dailyGoalMinutes=90");
            assertThat(stored(ANALYTICS_PID, "dailyGoalMinutes")).isEqualTo("90");
            // the kept value goes back into the file, so the next start does not read the refused one again
            Poll.until(TIMEOUT, "the kept value in the file",
                    () -> Files.readString(cfg).matches("(?s).*dailyGoalMinutes\\s*=\\s*90\\s*") ? true : null);
        } finally {
            Files.delete(cfg);
            Poll.until(TIMEOUT, "the file's configuration removed", () ->
                    configAdmin.listConfigurations("(service.pid=" + ANALYTICS_PID + ")") == null ? true : null);
        }
    }

    @Test
    void theConsoleConfigurationTabRefusesAnInvalidValueWithTheReason() throws Exception {
        update(PROCESS_PID, Map.of("intervalSeconds", 6));
        FocusFlowHttp http = FocusFlowHttp.connect(context);
        String body = ConsoleTest.form("apply", "update", "action", "ajaxConfigManager", "propertylist", "intervalSeconds",
                "intervalSeconds", "500");
        HttpResponse<String> refused = Poll.until(TIMEOUT, "the console's configuration manager", () -> {
            HttpResponse<String> r = http.send(http.authorized("/system/console/configMgr/" + PROCESS_PID)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            return r.statusCode() == 404 || r.statusCode() == 503 ? null : r;
        });

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("intervalSeconds: 500 is greater than maximum");
        assertThat(stored(PROCESS_PID, "intervalSeconds")).isEqualTo(6);
    }

    private void update(String pid, Map<String, Object> values) throws Exception {
        configAdmin.getConfiguration(pid, "?").update(new Hashtable<>(values));
    }

    private Object stored(String pid, String key) throws Exception {
        Configuration[] found = configAdmin.listConfigurations("(service.pid=" + pid + ")");
        return found == null || found[0].getProperties() == null ? null : found[0].getProperties().get(key);
    }

    private Optional<HealthItem> healthItem(String name) {
        return health.report().items().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private ServiceReference<Blocker> processBlocker() throws Exception {
        Collection<ServiceReference<Blocker>> refs = context.getServiceReferences(Blocker.class,
                "(component.name=" + PROCESS_COMPONENT + ")");
        return refs.isEmpty() ? null : refs.iterator().next();
    }

    private ServiceReference<Blocker> awaitProcessBlocker(int interval) throws Exception {
        return Poll.until(TIMEOUT, "process blocker with intervalSeconds=" + interval, () -> {
            ServiceReference<Blocker> r = processBlocker();
            return r != null && Integer.valueOf(interval).equals(r.getProperty("intervalSeconds")) ? r : null;
        });
    }
}
