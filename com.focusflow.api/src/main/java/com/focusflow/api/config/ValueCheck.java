package com.focusflow.api.config;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A rule for one setting that Metatype cannot state, such as "a time zone the JDK knows". The bundle that
 * declares the setting registers it as a service with the properties {@link #PID} and {@link #ATTRIBUTE};
 * the {@link ConfigurationValidator} applies it after the Metatype rules to each value (each item of a list
 * setting), so every way a value comes in (console, {@code .cfg} file, Gogo, Config Admin, a settings import)
 * refuses it with the setting named.
 */
@ConsumerType
public interface ValueCheck {

    /** Service property: the configuration PID of the setting. */
    String PID = "focusflow.config.pid";
    /** Service property: the setting's attribute id. */
    String ATTRIBUTE = "focusflow.config.attribute";

    /**
     * @param value one value as Config Admin stores it (the declared type), after the Metatype rules passed
     * @return why it is refused, readable, e.g. {@code "Mars/Olympus is not a time zone"}; {@code null} if valid
     */
    String problem(Object value);
}
