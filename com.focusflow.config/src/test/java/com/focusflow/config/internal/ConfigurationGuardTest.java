package com.focusflow.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;

import com.focusflow.api.health.HealthStatus;

class ConfigurationGuardTest {

    static final String PID = RuleCases.PID;

    final ConfigurationAdmin configAdmin = mock(ConfigurationAdmin.class);
    final Configuration config = mock(Configuration.class);
    Dictionary<String, Object> stored;
    ConfigurationGuard guard;

    @BeforeEach
    void setUp() throws Exception {
        when(config.getPid()).thenReturn(PID);
        when(config.getProperties()).thenAnswer(call -> stored);
        when(configAdmin.listConfigurations(any())).thenReturn(new Configuration[] {config});
        stored = new Hashtable<>(Map.of("dailyGoalMinutes", 60, "service.pid", PID));
        guard = new ConfigurationGuard(configAdmin, new MetatypeValidator(RuleCases::declarations));
        doAnswer(call -> { // Config Admin calls the synchronous listener inside update()
            stored = call.getArgument(0);
            guard.configurationEvent(event(PID));
            return null;
        }).when(config).update(any());
    }

    @Test
    void anInvalidUpdateIsPutBackToTheLastValidValueAndReported() throws Exception {
        stored = new Hashtable<>(Map.of("dailyGoalMinutes", "0", "enabled", "false", "service.pid", PID));
        guard.configurationEvent(event(PID));

        assertThat(stored.get("dailyGoalMinutes")).isEqualTo(60);
        assertThat(stored.get("enabled")).as("the valid change applies").isEqualTo("false");
        assertThat(guard.health()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("configuration " + PID);
            assertThat(item.status()).isEqualTo(HealthStatus.DEGRADED);
            assertThat(item.message()).isEqualTo("refused dailyGoalMinutes: 0 is less than minimum (Daily goal (min)); "
                    + "kept dailyGoalMinutes=60");
        });

        stored = new Hashtable<>(Map.of("dailyGoalMinutes", "90"));
        guard.configurationEvent(event(PID));
        assertThat(guard.health()).as("a valid update clears the report").isEmpty();
    }

    @Test
    void withoutAnEarlierValidValueTheDefaultApplies() throws Exception {
        guard.configurationEvent(new ConfigurationEvent(mock(ServiceReference.class), ConfigurationEvent.CM_DELETED, null, PID));
        stored = new Hashtable<>(Map.of("dailyGoalMinutes", 5000, "colour", "blue"));
        guard.configurationEvent(event(PID));

        ArgumentCaptor<Dictionary<String, Object>> kept = dictionaryCaptor();
        verify(config).update(kept.capture());
        assertThat(kept.getValue().get("dailyGoalMinutes")).isNull();
        assertThat(kept.getValue().get("colour")).as("an undeclared setting, e.g. a typo in a .cfg file").isNull();
        assertThat(guard.health().get(0).message()).contains("dailyGoalMinutes: 5000 is greater than maximum")
                .contains("kept the default").contains("refused colour: " + PID + " has no such setting");
    }

    @Test
    void configurationsNobodyDeclaresOrOfOthersAreLeftAlone() throws Exception {
        when(config.getPid()).thenReturn("com.focusflow.gone");
        stored = new Hashtable<>(Map.of("anything", -1));
        guard.configurationEvent(event("com.focusflow.gone"));
        guard.configurationEvent(event("org.apache.felix.http"));

        verify(config, never()).update(any());
        assertThat(guard.health()).isEmpty();
    }

    private static ConfigurationEvent event(String pid) {
        return new ConfigurationEvent(mock(ServiceReference.class), ConfigurationEvent.CM_UPDATED, null, pid);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ArgumentCaptor<Dictionary<String, Object>> dictionaryCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Dictionary.class);
    }
}
