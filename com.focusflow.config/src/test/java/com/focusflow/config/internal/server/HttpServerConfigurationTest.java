package com.focusflow.config.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Dictionary;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;

class HttpServerConfigurationTest {

    static final String PID = HttpServerConfiguration.PID;

    final ConfigurationAdmin configAdmin = mock(ConfigurationAdmin.class);
    final Configuration created = mock(Configuration.class);

    @BeforeEach
    void setUp() throws Exception {
        when(configAdmin.getConfiguration(PID, "?")).thenReturn(created);
    }

    @Test
    void withoutAConfigurationOneIsCreatedEmptySoTheFrameworksHostAndPortApply() throws Exception {
        new HttpServerConfiguration(configAdmin);

        verify(configAdmin).listConfigurations("(service.pid=" + PID + ")");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Dictionary<String, ?>> written = ArgumentCaptor.forClass(Dictionary.class);
        verify(created).update(written.capture());
        assertThat(written.getValue().isEmpty()).isTrue();
    }

    @Test
    void anExistingConfigurationIsLeftAsTheUserMadeIt() throws Exception {
        when(configAdmin.listConfigurations(anyString())).thenReturn(new Configuration[] {mock(Configuration.class)});

        new HttpServerConfiguration(configAdmin);

        verify(configAdmin, never()).getConfiguration(anyString(), any());
        verify(created, never()).update(any());
    }

    @Test
    void aDeletedConfigurationIsCreatedAgainOtherDeletionsAndUpdatesAreNotItsConcern() throws Exception {
        when(configAdmin.listConfigurations(anyString())).thenReturn(new Configuration[] {mock(Configuration.class)});
        HttpServerConfiguration component = new HttpServerConfiguration(configAdmin);
        when(configAdmin.listConfigurations(anyString())).thenReturn(null);

        component.configurationEvent(event(ConfigurationEvent.CM_UPDATED, null, PID));
        component.configurationEvent(event(ConfigurationEvent.CM_DELETED, null, "com.focusflow.analytics"));
        component.configurationEvent(event(ConfigurationEvent.CM_DELETED, PID, PID + ".another"));
        verify(created, never()).update(any());

        component.configurationEvent(event(ConfigurationEvent.CM_DELETED, null, PID));
        verify(created, times(1)).update(any());
    }

    @SuppressWarnings("unchecked")
    private static ConfigurationEvent event(int type, String factoryPid, String pid) {
        return new ConfigurationEvent(mock(ServiceReference.class), type, factoryPid, pid);
    }
}
