package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * Jetty starts from its Config Admin configuration ({@code org.apache.felix.http.require.config}, on Config Admin's
 * thread): FocusFlow creates that configuration, and creates it again when it is deleted, so the server keeps
 * answering instead of locking the user out of the API and the Web Console. (Whether Jetty restarts in between
 * depends on whether Config Admin hands Felix HTTP the deletion before the new configuration: seen both ways.)
 */
class HttpServerConfigurationTest {

    static final String FILTER = "(service.pid=org.apache.felix.http)";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configAdmin;

    @Test
    void jettyRunsFromItsConfigurationWhichIsCreatedAgainWhenDeleted() throws Exception {
        FocusFlowHttp.connect(context).awaitStatus("/focusflow/api/v1/health", 200);
        assertThat(context.getProperty("org.apache.felix.http.require.config")).isEqualTo("true");
        Configuration[] existing = configAdmin.listConfigurations(FILTER);
        assertThat(existing).as("the HTTP server's configuration").hasSize(1);

        existing[0].delete();

        // nothing but FocusFlow's HttpServerConfiguration creates it: without it this times out, and Jetty stops
        Poll.until(Duration.ofSeconds(20), "the HTTP server's configuration created again",
                () -> configAdmin.listConfigurations(FILTER));
        FocusFlowHttp.connect(context).awaitStatus("/focusflow/api/v1/health", 200);
    }
}
