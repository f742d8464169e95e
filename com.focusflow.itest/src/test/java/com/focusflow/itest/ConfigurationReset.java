package com.focusflow.itest;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * Puts a PID back to its defaults: deletes its configuration and waits until Declarative Services has applied
 * the deletion. Without the wait the next test's first update of the same PID may be lost: Felix SCR 2.2.12
 * handles a deletion by looking up the configurations that exist then, and when the PID was already created
 * again it takes the new configuration, whose change count started again at 1, for an older one than the
 * deleted and ignores it, and its next updates too, until their count passes the deleted one's (seen in
 * ConfigurationTest: the component kept the deleted values for 30 s).
 */
final class ConfigurationReset {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ConfigurationReset() {
    }

    static void delete(BundleContext context, String pid) throws Exception {
        ConfigurationAdmin configAdmin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        ServiceComponentRuntime scr = context.getService(context.getServiceReference(ServiceComponentRuntime.class));
        configAdmin.getConfiguration(pid, "?").delete();
        Poll.until(TIMEOUT, "the deletion of " + pid + " applied by Declarative Services",
                () -> configuredWith(scr, pid).isEmpty() ? true : null);
    }

    /** The component configurations that still carry {@code pid}. */
    private static List<ComponentConfigurationDTO> configuredWith(ServiceComponentRuntime scr, String pid) {
        return scr.getComponentDescriptionDTOs().stream()
                .filter(d -> Arrays.asList(d.configurationPid).contains(pid))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .filter(c -> carries(c.properties.get(Constants.SERVICE_PID), pid))
                .toList();
    }

    private static boolean carries(Object servicePid, String pid) {
        if (servicePid instanceof Collection<?> pids) {
            return pids.contains(pid);
        }
        if (servicePid instanceof String[] pids) {
            return Arrays.asList(pids).contains(pid);
        }
        return pid.equals(servicePid);
    }
}
