package com.focusflow.schedule.internal.runtime;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The user's zone: the statistics setting ({@code zone} of {@value #PID}), so that "9:00" means the same in
 * schedules as in the daily figures; empty or unknown means the system's. Read from Config Admin each time,
 * so a change applies at the next check.
 */
final class ConfiguredZone {

    static final String PID = "com.focusflow.analytics";

    private final ConfigurationAdmin configurations;

    ConfiguredZone(ConfigurationAdmin configurations) {
        this.configurations = configurations;
    }

    ZoneId get() {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + PID + ")");
            Object zone = found == null || found[0].getProperties() == null ? null : found[0].getProperties().get("zone");
            return zone == null || zone.toString().isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.toString().strip());
        } catch (IOException | InvalidSyntaxException | DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
