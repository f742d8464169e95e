package com.focusflow.console.internal;

import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.felix.webconsole.spi.ConfigurationHandler;
import org.apache.felix.webconsole.spi.ValidationException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;
import com.focusflow.support.log.LogText;

/**
 * The Web Console's Configuration tab asks this handler before it saves: a FocusFlow value the
 * {@link ConfigurationValidator} refuses is answered with 400 and the reason (the console shows it), and
 * nothing is saved. The rules and the guard for every other way in live in {@code com.focusflow.config}.
 */
@Component(service = ConfigurationHandler.class)
public final class ConsoleValidation implements ConfigurationHandler {

    static final String PREFIX = "com.focusflow.";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleValidation.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationValidator validator;

    @Override
    public void updateConfiguration(String factoryPid, String pid, Dictionary<String, Object> props)
            throws ValidationException {
        if (factoryPid != null || pid == null || !pid.startsWith(PREFIX)) {
            return;
        }
        ConfigurationValidator current = validator;
        if (current == null) {
            // Unchecked values would reach FocusFlow: refuse until the validator is back (a bundle update).
            throw new ValidationException("FocusFlow's configuration check (bundle com.focusflow.config) is not running."
                    + " Nothing was changed; try again in a moment.");
        }
        if (!current.declares(pid)) {
            return; // no Metatype to check against
        }
        Map<String, Object> values = Collections.list(props.keys()).stream().collect(Collectors.toMap(k -> k, props::get));
        List<Violation> violations = current.violations(pid, values, ValueForm.CONFIGURATION);
        if (!violations.isEmpty()) {
            String message = violations.stream().map(Violation::message).collect(Collectors.joining("; "));
            LOG.info("Configuration {} from the console not saved: {}", LogText.escape(pid), LogText.escape(message));
            throw new ValidationException(message + ". Nothing was changed.");
        }
    }

    @Override
    public void createConfiguration(String pid) {
        // any FocusFlow PID may be created; its values are checked when they are saved
    }

    @Override
    public void createFactoryConfiguration(String factoryPid, String name) {
        // FocusFlow has no factory configurations
    }

    @Override
    public void deleteConfiguration(String factoryPid, String pid) {
        // deleting brings the defaults back, which are valid
    }
}
