package com.focusflow.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.config.ConfigurationValidator;
import com.focusflow.api.config.ValueForm;
import com.focusflow.api.config.Violation;
import com.focusflow.support.metatype.MetatypeDeclarations;

/** {@link ConfigurationValidator} on the installed bundles' Metatype and {@link AttributeRules}. */
@Component
public final class MetatypeValidator implements ConfigurationValidator {

    private final Function<String, Optional<Map<String, AttributeDefinition>>> declarations;

    @Activate
    public MetatypeValidator(BundleContext context, @Reference MetaTypeService metatype) {
        this(new MetatypeDeclarations(context, metatype)::of);
    }

    /** On given declarations; other modules' unit tests check their callers against these real rules. */
    public MetatypeValidator(Function<String, Optional<Map<String, AttributeDefinition>>> declarations) {
        this.declarations = declarations;
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
                    typed.put(name, AttributeRules.check(ad, property.getValue(), form));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation(pid, name, property.getValue(), e.getMessage()));
                }
            }
        }
        return typed;
    }
}
