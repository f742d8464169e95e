package com.focusflow.config.internal.server;

import java.io.IOException;
import java.util.Hashtable;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.config.internal.Stored;

/**
 * Jetty starts from its Config Admin configuration, on Config Admin's update thread, instead of in its bundle's
 * activator on the framework's start-level thread: cnf/runtime.bnd sets {@code org.apache.felix.http.require.config},
 * so the framework goes on to start the JPA provider while Jetty opens its port (docs/benchmarks.md). Felix HTTP
 * then starts Jetty only while the configuration {@value #PID} exists. This component creates it, empty (the
 * framework's loopback host and port apply), when there is none, and creates it again when it is deleted (in
 * the Web Console, say), which would otherwise stop the server and lock the user out of the API and the console.
 */
@Component(service = ConfigurationListener.class)
public final class HttpServerConfiguration implements ConfigurationListener {

    static final String PID = "org.apache.felix.http";

    private static final Logger LOG = LoggerFactory.getLogger(HttpServerConfiguration.class);

    private final ConfigurationAdmin configAdmin;

    @Activate
    public HttpServerConfiguration(@Reference ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
        ensureExists("there was none");
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() == ConfigurationEvent.CM_DELETED && event.getFactoryPid() == null
                && PID.equals(event.getPid())) {
            ensureExists("it was deleted");
        }
    }

    private void ensureExists(String why) {
        try {
            if (Stored.configuration(configAdmin, PID).isEmpty()) {
                configAdmin.getConfiguration(PID, "?").update(new Hashtable<>());
                LOG.info("Created the HTTP server's configuration {} ({}): empty, so the framework's host and port "
                        + "apply; Jetty starts from it", PID, why);
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Could not create the HTTP server's configuration {} ({}): the API and the Web Console stay "
                    + "closed until it exists", PID, e.toString());
        }
    }
}
