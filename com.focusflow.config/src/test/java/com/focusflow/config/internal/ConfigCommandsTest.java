package com.focusflow.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class ConfigCommandsTest {

    final ConfigurationAdmin configAdmin = mock(ConfigurationAdmin.class);
    final Configuration config = mock(Configuration.class);
    final ConfigCommands commands = new ConfigCommands(configAdmin, new MetatypeValidator(RuleCases::declarations));

    @BeforeEach
    void setUp() throws Exception {
        when(configAdmin.getConfiguration(RuleCases.PID, "?")).thenReturn(config);
        when(config.getProperties()).thenReturn(new Hashtable<>(Map.of("enabled", true)));
        when(configAdmin.listConfigurations(anyString())).thenReturn(new Configuration[] { config });
    }

    @Test
    void aValidValueIsStoredAsTheDeclaredTypeNextToTheOthers() throws Exception {
        assertThat(commands.config(RuleCases.PID, "dailyGoalMinutes", "90")).isEqualTo(RuleCases.PID + " dailyGoalMinutes = 90");

        ArgumentCaptor<Dictionary<String, Object>> stored = dictionaryCaptor();
        verify(config).updateIfDifferent(stored.capture());
        assertThat(stored.getValue().get("dailyGoalMinutes")).isEqualTo(90);
        assertThat(stored.getValue().get("enabled")).isEqualTo(true);
    }

    @Test
    void anInvalidValueAPropertyNobodyDeclaresOrAForeignPidChangeNothing() throws Exception {
        assertThat(commands.config(RuleCases.PID, "dailyGoalMinutes", "0")).isNull();
        assertThat(commands.config(RuleCases.PID, "colour", "blue")).isNull();
        assertThat(commands.config("org.apache.felix.http", "port", "80")).isNull();
        assertThat(commands.config("com.focusflow.x)(service.pid=*", "a", "1")).isNull();

        verify(config, never()).updateIfDifferent(any());
        verify(configAdmin, never()).getConfiguration(anyString(), anyString());
    }

    @Test
    void readsWhatIsStored() {
        assertThat(commands.config(RuleCases.PID)).isEqualTo("enabled = true");
        assertThat(commands.config(RuleCases.PID, "dailyGoalMinutes")).isEqualTo("dailyGoalMinutes is not set: its default applies");
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ArgumentCaptor<Dictionary<String, Object>> dictionaryCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Dictionary.class);
    }
}
