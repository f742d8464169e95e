package com.focusflow.analytics.internal;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Component;

import com.focusflow.api.config.ValueCheck;

/**
 * The statistics' {@code zone} must be a time zone the JDK knows (or empty, for the system's): a mistyped one
 * is refused where it is entered, instead of silently counting days in the system's zone.
 */
@Component(property = { ValueCheck.PID + "=" + AnalyticsManager.PID, ValueCheck.ATTRIBUTE + "=zone" })
public final class ZoneCheck implements ValueCheck {

    @Override
    public String problem(Object value) {
        String zone = String.valueOf(value).strip();
        if (zone.isEmpty()) {
            return null;
        }
        try {
            ZoneId.of(zone);
            return null;
        } catch (DateTimeException e) {
            return "'" + zone + "' is not a time zone (a region such as Europe/Berlin, UTC, or an offset such as +02:00; "
                    + "empty for the system's)";
        }
    }
}
