package com.focusflow.config.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.felix.metatype.AD;
import org.osgi.service.metatype.AttributeDefinition;

/** An attribute as Felix Metatype defines and validates it in FocusFlow's runtime (its own {@link AD}). */
record FelixAttribute(AD ad) implements AttributeDefinition {

    static FelixAttribute of(String id, String name, String type, int cardinality, String min, String max, String... options) {
        AD ad = new AD();
        ad.setID(id);
        ad.setName(name);
        ad.setType(type);
        ad.setCardinality(cardinality);
        ad.setMin(min);
        ad.setMax(max);
        ad.setRequired(true);
        if (options.length > 0) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String option : options) {
                values.put(option, option);
            }
            ad.setOptions(values);
        }
        return new FelixAttribute(ad);
    }

    @Override
    public String getName() {
        return ad.getName();
    }

    @Override
    public String getID() {
        return ad.getID();
    }

    @Override
    public String getDescription() {
        return ad.getDescription();
    }

    @Override
    public int getCardinality() {
        return ad.getCardinality();
    }

    @Override
    public int getType() {
        return ad.getType();
    }

    @Override
    public String[] getOptionValues() {
        return ad.getOptionValues();
    }

    @Override
    public String[] getOptionLabels() {
        return ad.getOptionLabels();
    }

    @Override
    public String[] getDefaultValue() {
        return ad.getDefaultValue();
    }

    @Override
    public String validate(String value) {
        return ad.validate(value);
    }

    @Override
    public String toString() {
        return ad.getID();
    }
}
