package com.focusflow.config.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;

/**
 * Gogo {@code focus:config PID} (the stored values), {@code focus:config PID NAME} (one) and
 * {@code focus:config PID NAME VALUE} (set one, validated first: a refusal names the property and changes
 * nothing). Only FocusFlow's own PIDs; a mistake is one line on the error stream.
 */
@Component(service = ConfigCommands.class, property = { "osgi.command.scope=focus", "osgi.command.function=config" })
public final class ConfigCommands {

    private static final String COMMAND = "focus:config";

    private final ConfigurationAdmin configAdmin;
    private final ConfigurationValidator validator;

    @Activate
    public ConfigCommands(@Reference ConfigurationAdmin configAdmin, @Reference ConfigurationValidator validator) {
        this.configAdmin = configAdmin;
        this.validator = validator;
    }

    @Descriptor("show the stored settings of a FocusFlow configuration (absent ones use their defaults)")
    public String config(@Descriptor("PID, e.g. com.focusflow.analytics") String pid) {
        return run(() -> describe(stored(pid)));
    }

    @Descriptor("show one stored setting of a FocusFlow configuration")
    public String config(@Descriptor("PID, e.g. com.focusflow.analytics") String pid,
            @Descriptor("setting, e.g. dailyGoalMinutes") String name) {
        return run(() -> {
            Map<String, Object> stored = stored(pid);
            if (!stored.containsKey(name)) {
                validator.validate(pid, Map.of(), ValueForm.CONFIGURATION); // an unknown PID is refused
                return name + " is not set: its default applies";
            }
            return describe(Map.of(name, stored.get(name)));
        });
    }

    @Descriptor("set one setting of a FocusFlow configuration, checked against its Metatype first")
    public String config(@Descriptor("PID, e.g. com.focusflow.analytics") String pid,
            @Descriptor("setting, e.g. dailyGoalMinutes") String name,
            @Descriptor("value, e.g. 90; a list as [a b]") Object value) {
        return run(() -> {
            Object typed = validator.validate(checked(pid), Map.of(name, value), ValueForm.CONFIGURATION).get(name);
            Configuration config = configAdmin.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
            properties.put(name, typed);
            config.updateIfDifferent(properties);
            return pid + " " + describe(Map.of(name, typed));
        });
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    public String config() {
        return run(() -> {
            throw FocusFlowException.invalidInput("wrong number of arguments; expected PID [NAME [VALUE]]");
        });
    }

    public String config(String pid, String name, Object value, Object extra, Object... more) {
        return config();
    }

    private Map<String, Object> stored(String pid) throws IOException, InvalidSyntaxException {
        Configuration[] found = configAdmin.listConfigurations("(service.pid=" + checked(pid) + ")");
        Dictionary<String, Object> properties = found == null ? null : found[0].getProperties();
        Map<String, Object> values = new TreeMap<>();
        if (properties != null) {
            Collections.list(properties.keys()).forEach(k -> values.put(k, properties.get(k)));
        }
        return values;
    }

    /** Only FocusFlow's PIDs, and a PID that cannot smuggle a filter into listConfigurations. */
    private static String checked(String pid) {
        if (pid == null || !FocusFlowPids.isFocusFlows(null, pid) || !pid.matches("[A-Za-z0-9_.\\-]+")) {
            throw FocusFlowException.invalidInput("pid: %s is not a FocusFlow configuration PID such as com.focusflow.analytics", pid);
        }
        return pid;
    }

    private static String describe(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "nothing stored: every setting uses its default";
        }
        return values.entrySet().stream()
                .map(e -> e.getKey() + " = " + (e.getValue() instanceof Object[] a ? Arrays.toString(a) : e.getValue()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private interface Action {
        String run() throws IOException, InvalidSyntaxException;
    }

    private static String run(Action action) {
        try {
            return action.run();
        } catch (FocusFlowException e) {
            System.err.println(COMMAND + ": " + e.getMessage());
        } catch (IOException | InvalidSyntaxException e) {
            System.err.println(COMMAND + ": could not reach the configuration store: " + e.getMessage());
        }
        return null;
    }
}
