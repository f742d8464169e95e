package com.focusflow.api.config;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks configuration values against the Metatype of their PID, with one set of rules for every way a value
 * comes in. A property must be declared (in {@link ValueForm#CONFIGURATION} form, names with a dot, such as
 * {@code service.pid}, {@code felix.fileinstall.filename} or a reference's {@code .target}, belong to the
 * framework and tools and pass), of the declared type (read as {@link ValueForm} says), with no more values than the
 * cardinality allows, accepted by the attribute's own validation (range, options, a required value
 * not empty) and by every {@link ValueCheck} registered for it. Properties that are absent are not checked:
 * their defaults apply.
 */
@ProviderType
public interface ConfigurationValidator {

    /** Whether an installed bundle declares {@code pid} through Metatype; only such PIDs can be checked. */
    boolean declares(String pid);

    /**
     * The refused values of {@code properties} for {@code pid}, in property-name order; empty when all are
     * valid. A PID no installed bundle declares gives one violation without a property.
     */
    List<Violation> violations(String pid, Map<String, ?> properties, ValueForm form);

    /**
     * The values as Config Admin should store them: the declared type, an array (or a list, for a negative
     * cardinality) where the attribute holds several values. In {@link ValueForm#CONFIGURATION} form,
     * properties with a dot in their name are returned unchanged.
     *
     * @throws com.focusflow.api.FocusFlowException {@code INVALID_INPUT} naming the PID and the property of
     *         the first violation, e.g. {@code com.focusflow.analytics dailyGoalMinutes: 5000 is greater than
     *         maximum (...)}; nothing is changed anywhere
     */
    Map<String, Object> validate(String pid, Map<String, ?> properties, ValueForm form);
}
