package com.focusflow.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.apache.felix.webconsole.spi.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import com.focusflow.api.health.HealthStatus;

class ConfigurationGuardTest {

    static final String PID = "com.focusflow.blocking.process";

    final ConfigurationAdmin configAdmin = mock(ConfigurationAdmin.class);
    final Configuration config = mock(Configuration.class);
    Dictionary<String, Object> stored;
    ConfigurationGuard guard;

    @BeforeEach
    void setUp() throws Exception {
        AttributeDefinition interval = mock(AttributeDefinition.class);
        when(interval.getID()).thenReturn("intervalSeconds");
        when(interval.getName()).thenReturn("Scan interval (s)");
        when(interval.validate(anyString())).thenAnswer(call -> {
            int v = Integer.parseInt(call.getArgument(0));
            return v < 1 ? "%less than minimum" : v > 60 ? "%greater than maximum" : "";
        });
        ObjectClassDefinition ocd = mock(ObjectClassDefinition.class);
        when(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)).thenReturn(new AttributeDefinition[] {interval});
        MetaTypeInformation information = mock(MetaTypeInformation.class);
        when(information.getPids()).thenReturn(new String[] {PID});
        when(information.getObjectClassDefinition(PID, null)).thenReturn(ocd);
        Bundle blocking = mock(Bundle.class);
        when(blocking.getSymbolicName()).thenReturn("com.focusflow.blocking");
        when(blocking.getState()).thenReturn(Bundle.ACTIVE);
        BundleContext context = mock(BundleContext.class);
        when(context.getBundles()).thenReturn(new Bundle[] {blocking});
        MetaTypeService metatype = mock(MetaTypeService.class);
        when(metatype.getMetaTypeInformation(blocking)).thenReturn(information);

        when(config.getPid()).thenReturn(PID);
        when(config.getProperties()).thenAnswer(call -> stored);
        when(configAdmin.listConfigurations(any())).thenReturn(new Configuration[] {config});
        stored = new Hashtable<>(Map.of("intervalSeconds", 5));
        guard = new ConfigurationGuard(context, configAdmin, metatype);
        doAnswer(call -> { // Config Admin calls the synchronous listener inside update()
            stored = call.getArgument(0);
            guard.configurationEvent(event());
            return null;
        }).when(config).update(any());
    }

    @Test
    void anInvalidUpdateIsPutBackToTheLastValidValueAndReported() throws Exception {
        stored = new Hashtable<>(Map.of("intervalSeconds", 0, "graceSeconds", 2));
        guard.configurationEvent(event());

        assertThat(stored.get("intervalSeconds")).isEqualTo(5);
        assertThat(stored.get("graceSeconds")).isEqualTo(2);
        assertThat(guard.health()).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("configuration " + PID);
            assertThat(item.status()).isEqualTo(HealthStatus.DEGRADED);
            assertThat(item.message()).contains("intervalSeconds=0: less than minimum").contains("kept intervalSeconds=5");
        });

        stored = new Hashtable<>(Map.of("intervalSeconds", 9));
        guard.configurationEvent(event());
        assertThat(guard.health()).as("a valid update clears the report").isEmpty();
    }

    @Test
    void withoutAnEarlierValidValueTheDefaultApplies() throws Exception {
        guard.configurationEvent(new ConfigurationEvent(mock(ServiceReference.class), ConfigurationEvent.CM_DELETED, null, PID));
        stored = new Hashtable<>(Map.of("intervalSeconds", 99));
        guard.configurationEvent(event());

        ArgumentCaptor<Dictionary<String, Object>> kept = dictionaryCaptor();
        verify(config).update(kept.capture());
        assertThat(kept.getValue().get("intervalSeconds")).isNull();
        assertThat(guard.health().get(0).message()).contains("kept the default");
    }

    @Test
    void theConsoleIsToldWhyAndNothingIsSaved() throws Exception {
        assertThatThrownBy(() -> guard.updateConfiguration(null, PID, new Hashtable<>(Map.of("intervalSeconds", 500))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("intervalSeconds=500 refused: greater than maximum (Scan interval (s)). Nothing was changed.");
        guard.updateConfiguration(null, PID, new Hashtable<>(Map.of("intervalSeconds", 30)));
        guard.updateConfiguration(null, "org.other", new Hashtable<>(Map.of("intervalSeconds", 500)));
        verify(config, never()).update(any());
    }

    private static ConfigurationEvent event() {
        return new ConfigurationEvent(mock(ServiceReference.class), ConfigurationEvent.CM_UPDATED, null, PID);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ArgumentCaptor<Dictionary<String, Object>> dictionaryCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Dictionary.class);
    }
}
