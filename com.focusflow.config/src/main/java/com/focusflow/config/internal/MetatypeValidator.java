package com.focusflow.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueCheck;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;
import com.focusflow.support.metatype.MetatypeDeclarations;

/**
 * {@link ConfigurationValidator} on the installed bundles' Metatype and {@link AttributeRules}, then the
 * {@link ValueCheck}s registered for an attribute (a whiteboard: a check applies while its service is there).
 */
@Component
public final class MetatypeValidator implements ConfigurationValidator {

    private final Function<String, Optional<Map<String, AttributeDefinition>>> declarations;
    /** The checks by "pid attribute". */
    private final Map<String, List<ValueCheck>> checks = new ConcurrentHashMap<>();

    @Activate
    public MetatypeValidator(BundleContext context, @Reference MetaTypeService metatype) {
        this(new MetatypeDeclarations(context, metatype)::of);
    }

    /** On given declarations; other modules' unit tests check their callers against these real rules. */
    public MetatypeValidator(Function<String, Optional<Map<String, AttributeDefinition>>> declarations) {
        this.declarations = declarations;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ValueCheck check, Map<String, Object> properties) {
        checks.computeIfAbsent(key(properties.get(ValueCheck.PID), properties.get(ValueCheck.ATTRIBUTE)),
                k -> new CopyOnWriteArrayList<>()).add(check);
    }

    void removeCheck(ValueCheck check, Map<String, Object> properties) {
        List<ValueCheck> list = checks.get(key(properties.get(ValueCheck.PID), properties.get(ValueCheck.ATTRIBUTE)));
        if (list != null) {
            list.remove(check);
        }
    }

    @Override
    public boolean declares(String pid) {
        return pid != null && declarations.apply(pid).isPresent();
    }

    @Override
    public List<Violation> violations(String pid, Map<String, ?> properties, ValueForm form) {
        List<Violation> violations = new ArrayList<>();
        check(pid, properties, form, violations);
        return violations;
    }

    @Override
    public Map<String, Object> validate(String pid, Map<String, ?> properties, ValueForm form) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> typed = check(pid, properties, form, violations);
        if (!violations.isEmpty()) {
            throw FocusFlowException.invalidInput("%s %s", pid, violations.get(0).message());
        }
        return typed;
    }

    private Map<String, Object> check(String pid, Map<String, ?> properties, ValueForm form, List<Violation> violations) {
        Optional<Map<String, AttributeDefinition>> declared = pid == null ? Optional.empty() : declarations.apply(pid);
        if (declared.isEmpty()) {
            violations.add(new Violation(pid, null, null, "no installed bundle declares the configuration " + pid));
            return Map.of();
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, ?> property : new TreeMap<String, Object>(properties).entrySet()) {
            String name = property.getKey();
            AttributeDefinition ad = declared.get().get(name);
            if (ad == null && name.contains(".") && form == ValueForm.CONFIGURATION) {
                typed.put(name, property.getValue()); // service.pid, felix.fileinstall.filename, a reference's .target
            } else if (ad == null) {
                violations.add(new Violation(pid, name, property.getValue(),
                        pid + " has no such setting; it has " + String.join(", ", declared.get().keySet())));
            } else {
                try {
                    Object value = AttributeRules.check(ad, property.getValue(), form);
                    checked(pid, name, value);
                    typed.put(name, value);
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation(pid, name, property.getValue(), e.getMessage()));
                }
            }
        }
        return typed;
    }

    /** Applies the attribute's {@link ValueCheck}s to each of its values (already of the declared type). */
    private void checked(String pid, String name, Object value) {
        for (ValueCheck check : checks.getOrDefault(key(pid, name), List.of())) {
            for (Object one : AttributeRules.items(value)) {
                String problem = check.problem(one);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
            }
        }
    }

    private static String key(Object pid, Object attribute) {
        return pid + " " + attribute;
    }
}
