package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Jetty starts from its Config Admin configuration ({@code org.apache.felix.http.require.config}, on Config Admin's
 * thread): FocusFlow creates that configuration, and when it is deleted Felix HTTP stops Jetty and FocusFlow
 * creates it again, so the server comes back instead of locking the user out of the API and the Web Console.
 */
class HttpServerConfigurationTest {

    static final String FILTER = "(service.pid=org.apache.felix.http)";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configAdmin;

    @Test
    void jettyRunsFromItsConfigurationWhichComesBackWithTheServerWhenDeleted() throws Exception {
        FocusFlowHttp http = FocusFlowHttp.connect(context);
        http.awaitStatus("/focusflow/api/v1/health", 200);
        assertThat(context.getProperty("org.apache.felix.http.require.config")).isEqualTo("true");
        Configuration[] existing = configAdmin.listConfigurations(FILTER);
        assertThat(existing).as("the HTTP server's configuration").hasSize(1);

        List<String> runtimeEvents = new CopyOnWriteArrayList<>();
        ServiceListener listener = event -> runtimeEvents.add(event.getType() == ServiceEvent.REGISTERED ? "registered"
                : event.getType() == ServiceEvent.UNREGISTERING ? "unregistering" : "modified");
        context.addServiceListener(listener, "(objectClass=" + HttpServiceRuntime.class.getName() + ")");
        try {
            existing[0].delete();

            Poll.until(Duration.ofSeconds(20), "Jetty stopped and started again",
                    () -> runtimeEvents.contains("unregistering") && runtimeEvents.contains("registered") ? true : null);
        } finally {
            context.removeServiceListener(listener);
        }
        assertThat(runtimeEvents.indexOf("unregistering")).isLessThan(runtimeEvents.lastIndexOf("registered"));
        assertThat(configAdmin.listConfigurations(FILTER)).as("created again").hasSize(1);
        FocusFlowHttp.connect(context).awaitStatus("/focusflow/api/v1/health", 200);
    }
}
