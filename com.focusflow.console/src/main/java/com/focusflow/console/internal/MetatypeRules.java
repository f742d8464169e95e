package com.focusflow.console.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Checks a FocusFlow configuration against the Metatype its bundle declares: type, bounds (min/max) and
 * options, through {@link AttributeDefinition#validate(String)}. Properties without a definition (e.g.
 * {@code service.pid}, FileInstall's file name) are not checked; a PID without Metatype passes.
 */
final class MetatypeRules {

    static final String PREFIX = "com.focusflow.";

    /** One refused property. */
    record Refusal(String key, Object value, String reason) {
    }

    private final BundleContext context;
    private final MetaTypeService metatype;

    MetatypeRules(BundleContext context, MetaTypeService metatype) {
        this.context = context;
        this.metatype = metatype;
    }

    /** The refused properties of {@code properties} for {@code pid}; empty when all are valid. */
    List<Refusal> check(String pid, Dictionary<String, ?> properties) {
        return definition(pid).map(ocd -> check(ocd, properties)).orElse(List.of());
    }

    private Optional<ObjectClassDefinition> definition(String pid) {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith(PREFIX) || bundle.getState() != Bundle.ACTIVE) {
                continue;
            }
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information != null && Arrays.asList(information.getPids()).contains(pid)) {
                return Optional.ofNullable(information.getObjectClassDefinition(pid, null));
            }
        }
        return Optional.empty();
    }

    static List<Refusal> check(ObjectClassDefinition ocd, Dictionary<String, ?> properties) {
        List<Refusal> refusals = new ArrayList<>();
        AttributeDefinition[] attributes = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition ad : attributes == null ? new AttributeDefinition[0] : attributes) {
            Object value = properties.get(ad.getID());
            if (value == null) {
                continue;
            }
            String problem = ad.validate(text(value));
            if (problem != null && !problem.isEmpty()) {
                refusals.add(new Refusal(ad.getID(), value, reason(ad, problem)));
            }
        }
        return refusals;
    }

    /** Felix Metatype answers with a message key such as "%less than minimum": a readable reason instead. */
    private static String reason(AttributeDefinition ad, String problem) {
        StringBuilder reason = new StringBuilder(problem.startsWith("%") ? problem.substring(1) : problem);
        String[] options = ad.getOptionValues();
        if (options != null && options.length > 0) {
            reason.append("; allowed: ").append(String.join(", ", options));
        }
        reason.append(" (").append(ad.getName());
        if (ad.getDescription() != null && !ad.getDescription().isBlank()) {
            reason.append(": ").append(ad.getDescription());
        }
        return reason.append(')').toString();
    }

    /** The value as Metatype's validate expects it: lists comma separated. */
    private static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", items);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
